package dev.dryfruits.quality.files.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileSignatureTest {

    @Test
    void recognisesDocumentsByTheirFirstBytes() {
        assertThat(FileSignature.contentTypeOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .contains("application/pdf");
        assertThat(FileSignature.contentTypeOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains("image/png");
        assertThat(FileSignature.contentTypeOf(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains("image/jpeg");
    }

    @Test
    void aRenamedFileIsNotADocument() {
        assertThat(FileSignature.contentTypeOf("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileSignature.contentTypeOf(new byte[] {'%', 'P'})).isEmpty();
    }

    @Test
    void fileNamesLoseTheirPathsAndControlCharacters() {
        assertThat(Uploads.safeFileName("C:\\fakepath\\gst.pdf")).isEqualTo("gst.pdf");
        assertThat(Uploads.safeFileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Uploads.safeFileName("licence\r\n\".pdf")).isEqualTo("licence.pdf");
        assertThat(Uploads.safeFileName(null)).isEqualTo("document");
    }
}
