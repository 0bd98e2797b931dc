package io.callcontrol.camel.callcontrol.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import io.callcontrol.camel.callcontrol.CallControlConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Binds the {@code camel.component.callcontrol.*} options whose type is a bean (not a string, number, enum or duration)
 * from a reference to a bean of the Spring context: {@code #bean:name} or {@code #name}. Any other string is left
 * unconverted.
 */
@AutoConfiguration
@ConfigurationPropertiesBinding
public class CallControlComponentConverter implements GenericConverter {

    private final ApplicationContext applicationContext;

    public CallControlComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> answer = new LinkedHashSet<>();
        answer.add(new ConvertiblePair(String.class, CallControlConfiguration.class));
        return answer;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            return null;
        }
        ref = ref.startsWith("#bean:") ? ref.substring(6) : ref.substring(1);
        // targetType is one of the convertible types above
        return applicationContext.getBean(ref, targetType.getType());
    }
}
