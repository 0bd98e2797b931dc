package io.callcontrol.core.tracing;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.telemetry.Span;
import org.apache.camel.telemetry.decorators.AbstractSpanDecorator;

/**
 * Span decorators for camel-telemetry (the tracer of camel-opentelemetry2 and camel-telemetry-dev), one per
 * component, found by camel-telemetry's {@code ServiceLoader} through
 * {@code META-INF/services/org.apache.camel.telemetry.SpanDecorator} of this jar. With camel-telemetry absent
 * nothing loads them. What they set: {@link CallControlSpans}.
 */
public final class TelemetrySpanDecorators {

    private TelemetrySpanDecorators() {
    }

    /** The common decorator of one component. */
    public abstract static class Base extends AbstractSpanDecorator {

        private final CallControlSpans.Vendor vendor;

        protected Base(String scheme) {
            this.vendor = CallControlSpans.VENDORS.get(scheme);
        }

        @Override
        public String getComponent() {
            return vendor.scheme();
        }

        @Override
        public String getComponentClassName() {
            return vendor.componentClassName();
        }

        @Override
        public String getOperationName(Exchange exchange, Endpoint endpoint) {
            return CallControlSpans.operationName(vendor, exchange, endpoint);
        }

        @Override
        public void beforeTracingEvent(Span span, Exchange exchange, Endpoint endpoint) {
            super.beforeTracingEvent(span, exchange, endpoint);
            CallControlSpans.before(vendor, exchange, endpoint, span::setTag, span::setTag);
        }

        @Override
        public void afterTracingEvent(Span span, Exchange exchange) {
            super.afterTracingEvent(span, exchange);
            CallControlSpans.after(vendor, exchange, span::setTag, span::setTag);
        }
    }

    public static final class Portsip extends Base {
        public Portsip() {
            super("portsip");
        }
    }

    public static final class Portasip extends Base {
        public Portasip() {
            super("portasip");
        }
    }

    public static final class UcDialogs extends Base {
        public UcDialogs() {
            super("uc-dialogs");
        }
    }

    public static final class Broadworks extends Base {
        public Broadworks() {
            super("broadworks");
        }
    }

    public static final class Sipx extends Base {
        public Sipx() {
            super("sipx");
        }
    }

    public static final class SipNative extends Base {
        public SipNative() {
            super("sip-native");
        }
    }

    public static final class CallControl extends Base {
        public CallControl() {
            super("callcontrol");
        }
    }
}
