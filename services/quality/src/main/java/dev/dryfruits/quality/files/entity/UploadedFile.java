package dev.dryfruits.quality.files.entity;

/** An uploaded file that passed the checks: a safe name, its type as recognised from its bytes, and its SHA-256. */
public record UploadedFile(String fileName, String contentType, byte[] content, String sha256) {

    public int size() {
        return content.length;
    }
}
