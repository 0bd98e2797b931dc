package io.callcontrol.camel.portasip.jsonapi.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * An answer whose structure the document does not give ({@code ping}, {@code get_dir_info},
 * {@code update_dir_entry}, {@code del_dir_entry}, dry runs, methods the component does not list): its properties
 * as sent. A type of its own (not a {@code Map}) so that it is never mistaken for the params of the next call in a
 * route.
 */
public final class GenericResponse {

    private final Map<String, Object> properties = new LinkedHashMap<>();

    public GenericResponse() {
    }

    public GenericResponse(Map<String, Object> properties) {
        this.properties.putAll(properties);
    }

    @JsonAnySetter
    void set(String name, Object value) {
        properties.put(name, value);
    }

    /** The properties of the answer, as sent (nested structures as maps and lists). */
    @JsonAnyGetter
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    /** One property, or null. */
    public Object get(String name) {
        return properties.get(name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenericResponse g && g.properties.equals(properties);
    }

    @Override
    public int hashCode() {
        return properties.hashCode();
    }

    @Override
    public String toString() {
        return "GenericResponse" + properties;
    }
}
