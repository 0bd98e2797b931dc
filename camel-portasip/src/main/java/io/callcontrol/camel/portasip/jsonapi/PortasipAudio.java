package io.callcontrol.camel.portasip.jsonapi;

import java.util.Locale;

import io.callcontrol.core.error.CallControlValidationException;

/**
 * Checks of uploaded prompts and greetings against what the document states about PortaSIP audio: "Supported
 * audio formats are: au, g729. The .au file must be in 8-bit G.711 u-law data encoding format."
 * <p>
 * Checked: the file is not empty; a {@code .au} file has the Sun/NeXT header (magic {@code .snd}, a data offset
 * of at least 24 bytes inside the file) and encoding 1 (8-bit G.711 u-law).
 * <p>
 * Not checked: the sample rate and channel count of a {@code .au} file (G.711 implies 8000 Hz mono, but the
 * document does not say it); the content of {@code .g729} files (raw G.729 frames have no header to check);
 * other formats ({@code .wav}, {@code .mp3}, ...), which the document neither allows nor forbids for uploads
 * (they go to the CodecConverter queue), so they are passed through unchanged.
 */
public final class PortasipAudio {

    /** Encoding 1 of the .au header: 8-bit G.711 u-law. */
    public static final int AU_ENCODING_MULAW = 1;

    private PortasipAudio() {
    }

    /** Throws {@link CallControlValidationException} naming {@code parameter} when the audio breaks a check. */
    public static void check(String parameter, String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw new CallControlValidationException(PortasipFaultException.VENDOR, parameter,
                    "The audio " + filename + " is empty");
        }
        String f = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (f.endsWith(".au")) {
            String problem = auProblem(content);
            if (problem != null) {
                throw new CallControlValidationException(PortasipFaultException.VENDOR, parameter,
                        "The audio " + filename + " is not a valid .au file in 8-bit G.711 u-law encoding: " + problem);
            }
        }
    }

    /** Why the bytes are not an 8-bit u-law .au file, or null when they are. */
    public static String auProblem(byte[] b) {
        if (b.length < 24) {
            return "shorter than the 24-byte .au header";
        }
        if (b[0] != '.' || b[1] != 's' || b[2] != 'n' || b[3] != 'd') {
            return "no .snd magic number";
        }
        long offset = u32(b, 4);
        if (offset < 24 || offset > b.length) {
            return "data offset " + offset + " outside the file";
        }
        long encoding = u32(b, 12);
        if (encoding != AU_ENCODING_MULAW) {
            return "encoding " + encoding + " instead of 1 (8-bit G.711 u-law)";
        }
        return null;
    }

    /** A minimal valid .au header (u-law, 8000 Hz, mono) followed by the samples: handy for tests and examples. */
    public static byte[] au(byte[] mulawSamples) {
        byte[] out = new byte[24 + mulawSamples.length];
        out[0] = '.';
        out[1] = 's';
        out[2] = 'n';
        out[3] = 'd';
        put32(out, 4, 24);
        put32(out, 8, mulawSamples.length);
        put32(out, 12, AU_ENCODING_MULAW);
        put32(out, 16, 8000);
        put32(out, 20, 1);
        System.arraycopy(mulawSamples, 0, out, 24, mulawSamples.length);
        return out;
    }

    private static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xff) << 24) | ((b[i + 1] & 0xff) << 16) | ((b[i + 2] & 0xff) << 8) | (b[i + 3] & 0xff);
    }

    private static void put32(byte[] b, int i, long v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }
}
