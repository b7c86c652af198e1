package id.pantauspbe.base;

/** A file to download: its name, content type and bytes. */
public record ExportFile(String fileName, String contentType, byte[] content) {}
