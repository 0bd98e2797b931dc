package io.callcontrol.camel.portasip.jsonapi.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/**
 * DialDirectory service: dial-by-name directory entries. The document shows these methods only in the Appendix A sample script (no structure tables): the properties below are the ones the script uses, and the answers of get_dir_info, update_dir_entry and del_dir_entry are undocumented, so they are returned as maps.
 * <p>
 * Records use the vendor's snake_case property names on the wire; null properties are not sent; unknown ones
 * are ignored when reading answers with the suite mapper ({@code Json.MAPPER}) and rejected in requests by
 * {@link io.callcontrol.camel.portasip.jsonapi.PortasipJsonApiClient}. Structures with many properties have a
 * {@code builder()}.
 */
public final class DialDirectoryApi {

    private DialDirectoryApi() {
    }

    /**
     * A directory entry (dir_entry_info of the Appendix A script).
     *
     * @param iEntry {@code i_entry}: Unique ID of the entry (returned by create_dir_entry; required by update_dir_entry).
     * @param active {@code active}: Whether the entry is active (Y/N on the wire).
     * @param abbreviatedNumber {@code abbreviated_number}: Abbreviated number of the entry.
     * @param numberToDial {@code number_to_dial}: Number dialed for the entry.
     * @param lastname {@code lastname}: Last name the directory is searched by.
     * @param description {@code description}: Free-form description.
     * @param prompt {@code prompt}: Filename of the name prompt sent in the MIME attachment.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DirEntryInfo(
            @JsonProperty("i_entry") Integer iEntry,
            @JsonProperty("active") @JsonSerialize(using = WireFlags.YN.class) @JsonDeserialize(using = WireFlags.Lenient.class) Boolean active,
            @JsonProperty("abbreviated_number") String abbreviatedNumber,
            @JsonProperty("number_to_dial") String numberToDial,
            @JsonProperty("lastname") String lastname,
            @JsonProperty("description") String description,
            @JsonProperty("prompt") String prompt) {

        public static Builder builder() {
            return new Builder();
        }

        /** Builder of {@link DirEntryInfo}. */
        public static final class Builder {
            private Integer iEntry;
            private Boolean active;
            private String abbreviatedNumber;
            private String numberToDial;
            private String lastname;
            private String description;
            private String prompt;

            /** {@code i_entry}: Unique ID of the entry (returned by create_dir_entry; required by update_dir_entry). */
            public Builder iEntry(Integer iEntry) {
                this.iEntry = iEntry;
                return this;
            }

            /** {@code active}: Whether the entry is active (Y/N on the wire). */
            public Builder active(Boolean active) {
                this.active = active;
                return this;
            }

            /** {@code abbreviated_number}: Abbreviated number of the entry. */
            public Builder abbreviatedNumber(String abbreviatedNumber) {
                this.abbreviatedNumber = abbreviatedNumber;
                return this;
            }

            /** {@code number_to_dial}: Number dialed for the entry. */
            public Builder numberToDial(String numberToDial) {
                this.numberToDial = numberToDial;
                return this;
            }

            /** {@code lastname}: Last name the directory is searched by. */
            public Builder lastname(String lastname) {
                this.lastname = lastname;
                return this;
            }

            /** {@code description}: Free-form description. */
            public Builder description(String description) {
                this.description = description;
                return this;
            }

            /** {@code prompt}: Filename of the name prompt sent in the MIME attachment. */
            public Builder prompt(String prompt) {
                this.prompt = prompt;
                return this;
            }

            public DirEntryInfo build() {
                return new DirEntryInfo(iEntry, active, abbreviatedNumber, numberToDial, lastname, description, prompt);
            }
        }
    }

    /**
     * Parameters of {@code get_dir_info}: none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetDirInfoRequest() {
    }

    /**
     * Parameters of {@code create_dir_entry}; an optional name prompt travels as the MIME attachment.
     *
     * @param dirEntryInfo {@code dir_entry_info}: The entry.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreateDirEntryRequest(
            @JsonProperty("dir_entry_info") DirEntryInfo dirEntryInfo) {
    }

    /**
     * Answer of {@code create_dir_entry}.
     *
     * @param iEntry {@code i_entry}: Unique ID of the created entry.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CreateDirEntryResponse(
            @JsonProperty("i_entry") Integer iEntry) {
    }

    /**
     * Parameters of {@code update_dir_entry}; an optional name prompt travels as the MIME attachment.
     *
     * @param dirEntryInfo {@code dir_entry_info}: The entry (i_entry required).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateDirEntryRequest(
            @JsonProperty("dir_entry_info") DirEntryInfo dirEntryInfo) {
    }

    /**
     * Parameters of {@code get_dir_entry}.
     *
     * @param iEntry {@code i_entry}: Unique ID of the entry.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetDirEntryRequest(
            @JsonProperty("i_entry") Integer iEntry) {
    }

    /**
     * Answer of {@code get_dir_entry}.
     *
     * @param dirEntryInfo {@code dir_entry_info}: The entry.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record GetDirEntryResponse(
            @JsonProperty("dir_entry_info") DirEntryInfo dirEntryInfo) {
    }

    /**
     * Parameters of {@code del_dir_entry}.
     *
     * @param iEntry {@code i_entry}: Unique ID of the entry to delete.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DelDirEntryRequest(
            @JsonProperty("i_entry") Integer iEntry) {
    }

}
