package id.pantauspbe.base;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The home Pemda as shown in the header, reports and rakor slides.
 *
 * @param nama display name, for example "Pemerintah Kabupaten Contoh"
 * @param logo path of an image file (PNG, SVG, JPEG); blank for the bundled neutral emblem
 */
@ConfigurationProperties("pantau.pemda")
public record PemdaSettings(String nama, String logo) {

    public PemdaSettings {
        nama = nama == null || nama.isBlank() ? "Pantau SPBE" : nama.strip();
        logo = logo == null ? "" : logo.strip();
    }
}
