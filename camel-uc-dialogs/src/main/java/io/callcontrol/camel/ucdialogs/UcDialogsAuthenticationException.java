package io.callcontrol.camel.ucdialogs;

/** HTTP 401/403: the token or Basic credentials were not accepted, or the user may not act on this call. */
public class UcDialogsAuthenticationException extends UcDialogsException {

    private static final long serialVersionUID = 1L;

    public UcDialogsAuthenticationException(String errorCode, String errorMessage, int httpStatus, String rawBody) {
        super(errorCode, errorMessage, httpStatus, rawBody);
    }
}
