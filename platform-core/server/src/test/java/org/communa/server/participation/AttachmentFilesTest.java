package org.communa.server.participation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttachmentFilesTest {

    @Test
    void namesLoseTheirPathsOddCharactersAndFalseExtensions() {
        assertThat(AttachmentFiles.cleanName("plan du parc.png", "png")).isEqualTo("plan du parc.png");
        assertThat(AttachmentFiles.cleanName("../../etc/passwd", "pdf")).isEqualTo("passwd.pdf");
        assertThat(AttachmentFiles.cleanName("C:\\Users\\x\\photo.JPG", "jpg")).isEqualTo("photo.jpg");
        assertThat(AttachmentFiles.cleanName("facture.pdf.exe", "png")).isEqualTo("facture.pdf.png");
        assertThat(AttachmentFiles.cleanName("\"<script>\".png", "png")).isEqualTo("script.png");
        assertThat(AttachmentFiles.cleanName(".htaccess", "pdf")).isEqualTo("fichier.pdf");
        assertThat(AttachmentFiles.cleanName(null, "gif")).isEqualTo("fichier.gif");
        assertThat(AttachmentFiles.cleanName("é".repeat(300) + ".png", "png")).hasSize(154);
    }
}
