package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * SMPreferences service: mailbox folder preferences and display options.
 * <p>
 * Records use the vendor's snake_case property names on the wire; null properties are not sent; unknown ones
 * are ignored when reading answers with the suite mapper ({@code Json.MAPPER}) and rejected in requests by
 * {@link io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiClient}. Structures with many properties have a
 * {@code builder()}.
 */
public final class SmPreferencesApi {

    private SmPreferencesApi() {
    }

    /**
     * FolderPreferences structure.
     *
     * @param trashFolder {@code trash_folder}: IMAP folder messages are moved to on deletion ("none": deleted completely).
     * @param draftFolder {@code draft_folder}: IMAP folder for drafts ("none": drafts are not saved).
     * @param unseenType {@code unseen_type}: Unread Message Notification type: 1 only unseen, 2 unseen and total.
     * @param unseenNotify {@code unseen_notify}: Unread Message Notification: 1 none, 2 only INBOX, 3 all folders.
     * @param sentFolder {@code sent_folder}: IMAP folder sent messages are copied to ("none": not copied).
     * @param unseenCumulative {@code unseen_cumulative}: Cumulative Unread Message Notification (counts messages of collapsed sub-folders).
     * @param searchMemory {@code search_memory}: How many mailbox searches are saved: 0 (disabled) to 9.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FolderPreferences(
            @JsonProperty("trash_folder") String trashFolder,
            @JsonProperty("draft_folder") String draftFolder,
            @JsonProperty("unseen_type") UnseenType unseenType,
            @JsonProperty("unseen_notify") UnseenNotify unseenNotify,
            @JsonProperty("sent_folder") String sentFolder,
            @JsonProperty("unseen_cumulative") Integer unseenCumulative,
            @JsonProperty("search_memory") Integer searchMemory) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link FolderPreferences}. */
        public static final class Builder {
            private String trashFolder;
            private String draftFolder;
            private UnseenType unseenType;
            private UnseenNotify unseenNotify;
            private String sentFolder;
            private Integer unseenCumulative;
            private Integer searchMemory;

            /** {@code trash_folder}: IMAP folder messages are moved to on deletion ("none": deleted completely). */
            public Builder trashFolder(String trashFolder) {
                this.trashFolder = trashFolder;
                return this;
            }

            /** {@code draft_folder}: IMAP folder for drafts ("none": drafts are not saved). */
            public Builder draftFolder(String draftFolder) {
                this.draftFolder = draftFolder;
                return this;
            }

            /** {@code unseen_type}: Unread Message Notification type: 1 only unseen, 2 unseen and total. */
            public Builder unseenType(UnseenType unseenType) {
                this.unseenType = unseenType;
                return this;
            }

            /** {@code unseen_notify}: Unread Message Notification: 1 none, 2 only INBOX, 3 all folders. */
            public Builder unseenNotify(UnseenNotify unseenNotify) {
                this.unseenNotify = unseenNotify;
                return this;
            }

            /** {@code sent_folder}: IMAP folder sent messages are copied to ("none": not copied). */
            public Builder sentFolder(String sentFolder) {
                this.sentFolder = sentFolder;
                return this;
            }

            /** {@code unseen_cumulative}: Cumulative Unread Message Notification (counts messages of collapsed sub-folders). */
            public Builder unseenCumulative(Integer unseenCumulative) {
                this.unseenCumulative = unseenCumulative;
                return this;
            }

            /** {@code search_memory}: How many mailbox searches are saved: 0 (disabled) to 9. */
            public Builder searchMemory(Integer searchMemory) {
                this.searchMemory = searchMemory;
                return this;
            }

            public FolderPreferences build() {
                return new FolderPreferences(trashFolder, draftFolder, unseenType, unseenNotify, sentFolder, unseenCumulative, searchMemory);
            }
        }
    }

    /**
     * Parameters of {@code get_folder_preferences}: none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetFolderPreferencesRequest() {
    }

    /**
     * Answer of {@code get_folder_preferences}.
     *
     * @param folderPrefs {@code folder_prefs}: The folder preferences.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetFolderPreferencesResponse(
            @JsonProperty("folder_prefs") FolderPreferences folderPrefs) {
    }

    /**
     * Parameters of {@code set_folder_preferences}.
     *
     * @param folderPrefs {@code folder_prefs}: Complete information about the folder preferences.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetFolderPreferencesRequest(
            @JsonProperty("folder_prefs") FolderPreferences folderPrefs) {
    }

    /**
     * Answer of {@code set_folder_preferences}.
     *
     * @param success {@code success}: 1 in case of success.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetFolderPreferencesResponse(
            @JsonProperty("success") Integer success) {
    }

    /**
     * DisplayPreferences structure.
     *
     * @param wrapAt {@code wrap_at}: How many characters to allow before wrapping text.
     * @param truncateSender {@code truncate_sender}: Length of the From / To fields (0 for full).
     * @param showXmailerDefault {@code show_xmailer_default}: Display which email service or client the sender used.
     * @param editorHeight {@code editor_height}: Height of the editor window.
     * @param mdnUserSupport {@code mdn_user_support}: Enable the Mail Delivery Notification.
     * @param truncateSubject {@code truncate_subject}: Length of the Subject field (0 for full).
     * @param bodyQuote {@code body_quote}: Symbol prefixing each line of the original message when replying or forwarding.
     * @param includeSelfReplyAll {@code include_self_reply_all}: Include the user's address in CC on Reply All.
     * @param sigFirst {@code sig_first}: Prepend the signature before Reply/Forward text.
     * @param pfCleandisplay {@code pf_cleandisplay}: Display the View Printable Version link in a message.
     * @param editorSize {@code editor_size}: Width of the editor window.
     * @param showHtmlDefault {@code show_html_default}: Version shown by default for text+HTML messages: 0 text, 1 HTML.
     * @param pageSelectorMax {@code page_selector_max}: Maximum number of pages shown at one time.
     * @param internalDateSort {@code internal_date_sort}: Sort messages by received date.
     * @param pageSelector {@code page_selector}: Show the page selector above and below the message list.
     * @param addrsrchFullname {@code addrsrch_fullname}: Format of addresses added from the address book.
     * @param showNum {@code show_num}: Number of messages shown on one page.
     * @param showImages {@code show_images}: Display attached images with the message.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DisplayPreferences(
            @JsonProperty("wrap_at") Integer wrapAt,
            @JsonProperty("truncate_sender") Integer truncateSender,
            @JsonProperty("show_xmailer_default") Integer showXmailerDefault,
            @JsonProperty("editor_height") Integer editorHeight,
            @JsonProperty("mdn_user_support") Integer mdnUserSupport,
            @JsonProperty("truncate_subject") Integer truncateSubject,
            @JsonProperty("body_quote") String bodyQuote,
            @JsonProperty("include_self_reply_all") Integer includeSelfReplyAll,
            @JsonProperty("sig_first") Integer sigFirst,
            @JsonProperty("pf_cleandisplay") Integer pfCleandisplay,
            @JsonProperty("editor_size") Integer editorSize,
            @JsonProperty("show_html_default") Integer showHtmlDefault,
            @JsonProperty("page_selector_max") Integer pageSelectorMax,
            @JsonProperty("internal_date_sort") Integer internalDateSort,
            @JsonProperty("page_selector") Integer pageSelector,
            @JsonProperty("addrsrch_fullname") AddressFormat addrsrchFullname,
            @JsonProperty("show_num") Integer showNum,
            @JsonProperty("show_images") Integer showImages) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link DisplayPreferences}. */
        public static final class Builder {
            private Integer wrapAt;
            private Integer truncateSender;
            private Integer showXmailerDefault;
            private Integer editorHeight;
            private Integer mdnUserSupport;
            private Integer truncateSubject;
            private String bodyQuote;
            private Integer includeSelfReplyAll;
            private Integer sigFirst;
            private Integer pfCleandisplay;
            private Integer editorSize;
            private Integer showHtmlDefault;
            private Integer pageSelectorMax;
            private Integer internalDateSort;
            private Integer pageSelector;
            private AddressFormat addrsrchFullname;
            private Integer showNum;
            private Integer showImages;

            /** {@code wrap_at}: How many characters to allow before wrapping text. */
            public Builder wrapAt(Integer wrapAt) {
                this.wrapAt = wrapAt;
                return this;
            }

            /** {@code truncate_sender}: Length of the From / To fields (0 for full). */
            public Builder truncateSender(Integer truncateSender) {
                this.truncateSender = truncateSender;
                return this;
            }

            /** {@code show_xmailer_default}: Display which email service or client the sender used. */
            public Builder showXmailerDefault(Integer showXmailerDefault) {
                this.showXmailerDefault = showXmailerDefault;
                return this;
            }

            /** {@code editor_height}: Height of the editor window. */
            public Builder editorHeight(Integer editorHeight) {
                this.editorHeight = editorHeight;
                return this;
            }

            /** {@code mdn_user_support}: Enable the Mail Delivery Notification. */
            public Builder mdnUserSupport(Integer mdnUserSupport) {
                this.mdnUserSupport = mdnUserSupport;
                return this;
            }

            /** {@code truncate_subject}: Length of the Subject field (0 for full). */
            public Builder truncateSubject(Integer truncateSubject) {
                this.truncateSubject = truncateSubject;
                return this;
            }

            /** {@code body_quote}: Symbol prefixing each line of the original message when replying or forwarding. */
            public Builder bodyQuote(String bodyQuote) {
                this.bodyQuote = bodyQuote;
                return this;
            }

            /** {@code include_self_reply_all}: Include the user's address in CC on Reply All. */
            public Builder includeSelfReplyAll(Integer includeSelfReplyAll) {
                this.includeSelfReplyAll = includeSelfReplyAll;
                return this;
            }

            /** {@code sig_first}: Prepend the signature before Reply/Forward text. */
            public Builder sigFirst(Integer sigFirst) {
                this.sigFirst = sigFirst;
                return this;
            }

            /** {@code pf_cleandisplay}: Display the View Printable Version link in a message. */
            public Builder pfCleandisplay(Integer pfCleandisplay) {
                this.pfCleandisplay = pfCleandisplay;
                return this;
            }

            /** {@code editor_size}: Width of the editor window. */
            public Builder editorSize(Integer editorSize) {
                this.editorSize = editorSize;
                return this;
            }

            /** {@code show_html_default}: Version shown by default for text+HTML messages: 0 text, 1 HTML. */
            public Builder showHtmlDefault(Integer showHtmlDefault) {
                this.showHtmlDefault = showHtmlDefault;
                return this;
            }

            /** {@code page_selector_max}: Maximum number of pages shown at one time. */
            public Builder pageSelectorMax(Integer pageSelectorMax) {
                this.pageSelectorMax = pageSelectorMax;
                return this;
            }

            /** {@code internal_date_sort}: Sort messages by received date. */
            public Builder internalDateSort(Integer internalDateSort) {
                this.internalDateSort = internalDateSort;
                return this;
            }

            /** {@code page_selector}: Show the page selector above and below the message list. */
            public Builder pageSelector(Integer pageSelector) {
                this.pageSelector = pageSelector;
                return this;
            }

            /** {@code addrsrch_fullname}: Format of addresses added from the address book. */
            public Builder addrsrchFullname(AddressFormat addrsrchFullname) {
                this.addrsrchFullname = addrsrchFullname;
                return this;
            }

            /** {@code show_num}: Number of messages shown on one page. */
            public Builder showNum(Integer showNum) {
                this.showNum = showNum;
                return this;
            }

            /** {@code show_images}: Display attached images with the message. */
            public Builder showImages(Integer showImages) {
                this.showImages = showImages;
                return this;
            }

            public DisplayPreferences build() {
                return new DisplayPreferences(wrapAt, truncateSender, showXmailerDefault, editorHeight, mdnUserSupport, truncateSubject, bodyQuote, includeSelfReplyAll, sigFirst, pfCleandisplay, editorSize, showHtmlDefault, pageSelectorMax, internalDateSort, pageSelector, addrsrchFullname, showNum, showImages);
            }
        }
    }

    /**
     * Parameters of {@code get_display_preferences}: none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetDisplayPreferencesRequest() {
    }

    /**
     * Answer of {@code get_display_preferences}.
     *
     * @param displayPrefs {@code display_prefs}: The display preferences.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetDisplayPreferencesResponse(
            @JsonProperty("display_prefs") DisplayPreferences displayPrefs) {
    }

    /**
     * Parameters of {@code set_display_preferences}.
     *
     * @param displayPrefs {@code display_prefs}: Complete information about the display preferences.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetDisplayPreferencesRequest(
            @JsonProperty("display_prefs") DisplayPreferences displayPrefs) {
    }

    /**
     * Answer of {@code set_display_preferences}.
     *
     * @param success {@code success}: 1 in case of success.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SetDisplayPreferencesResponse(
            @JsonProperty("success") Integer success) {
    }

}
