package io.callcontrol.camel.ucdialogs.api;

import java.util.Locale;

/**
 * The {@code result} of REFER, REFERREPLACES, SWITCHCONF, REFERCONF and POST (originate). The public document
 * shows the value {@code ok} (no problem found so far); its other values (first call failed, ended by the
 * SIP-UA, timed out, no response, transfer state unknown) have lost their names in the public extract, so they
 * -- and any value a later release adds -- map to {@link #UNKNOWN}; the text sent is kept in the result
 * record's {@code resultText} and the {@code CamelUcDialogsResult} header.
 */
public enum UcResultCode {
    OK, UNKNOWN;

    public static UcResultCode of(String value) {
        if (value != null && value.trim().toLowerCase(Locale.ROOT).equals("ok")) {
            return OK;
        }
        return UNKNOWN;
    }
}
