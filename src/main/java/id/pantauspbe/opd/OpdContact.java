package id.pantauspbe.opd;

/**
 * Whom to reach at an OPD: its head (kepala OPD) and a contact person (PIC) with e-mail and phone.
 * Every field may be empty; reminders go to {@code email}.
 */
public record OpdContact(long opdId, String headName, String contactName, String email, String phone) {

    public static OpdContact empty(long opdId) {
        return new OpdContact(opdId, null, null, null, null);
    }

    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
