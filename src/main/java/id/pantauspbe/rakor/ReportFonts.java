package id.pantauspbe.rakor;

import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.pdf.BaseFont;

/**
 * The report's typeface, DejaVu Sans (shipped in {@code resources/fonts}, free licence beside it):
 * embedded in the PDF and used for the chart images, so reports look the same on a server without
 * fonts and print the minus sign and arrows the standard PDF fonts lack.
 */
final class ReportFonts {

    private static final byte[] REGULAR = load("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = load("fonts/DejaVuSans-Bold.ttf");
    private static final java.awt.Font AWT_REGULAR = awt(REGULAR);
    private static final java.awt.Font AWT_BOLD = awt(BOLD);

    private ReportFonts() {}

    /** A PDF font (embedded subset, Unicode). */
    static BaseFont pdf(boolean bold) {
        try {
            return BaseFont.createFont(
                    bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf",
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    bold ? BOLD : REGULAR,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font for Java2D chart images. */
    static java.awt.Font chart(float size, boolean bold) {
        return (bold ? AWT_BOLD : AWT_REGULAR).deriveFont(size);
    }

    private static byte[] load(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.awt.Font awt(byte[] bytes) {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("unreadable font", e);
        }
    }
}
