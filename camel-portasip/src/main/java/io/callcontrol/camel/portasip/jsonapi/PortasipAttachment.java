package io.callcontrol.camel.portasip.jsonapi;

import java.util.Locale;

/**
 * An audio file that travels as a MIME attachment: the prompt or greeting of {@code set_*_prompt} /
 * {@code set_vm_greeting} (request) or of {@code get_*_prompt} / {@code get_vm_greeting} (response).
 *
 * @param filename    the file name the params refer to (e.g. {@code wellcome.au})
 * @param contentType MIME type, e.g. {@code audio/basic}; derived from the file name when null
 * @param content     the audio bytes
 */
public record PortasipAttachment(String filename, String contentType, byte[] content) {

    public PortasipAttachment {
        if (contentType == null && filename != null) {
            contentType = contentTypeOf(filename);
        }
    }

    /** The MIME type PortaSIP's audio formats are known by: .au audio/basic, .g729 audio/G729, else by extension. */
    public static String contentTypeOf(String filename) {
        String f = filename.toLowerCase(Locale.ROOT);
        if (f.endsWith(".au")) {
            return "audio/basic";
        }
        if (f.endsWith(".g729")) {
            return "audio/G729";
        }
        if (f.endsWith(".wav")) {
            return "audio/wav";
        }
        if (f.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        return "application/octet-stream";
    }

    @Override
    public String toString() {
        return filename + " (" + contentType + ", " + (content == null ? 0 : content.length) + " bytes)";
    }
}
