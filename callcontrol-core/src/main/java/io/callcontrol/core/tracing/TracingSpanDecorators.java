package io.callcontrol.core.tracing;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.tracing.SpanAdapter;
import org.apache.camel.tracing.decorators.AbstractSpanDecorator;

/**
 * Span decorators for camel-tracing (the tracer of camel-opentelemetry and camel-observation), one per component,
 * found by camel-tracing's {@code ServiceLoader} through {@code META-INF/services/org.apache.camel.tracing.SpanDecorator}
 * of this jar -- the way camel-tracing decorates Camel's own components. With camel-tracing absent nothing loads
 * them. What they set: {@link CallControlSpans}.
 */
public final class TracingSpanDecorators {

    private TracingSpanDecorators() {
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
        public void pre(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
            super.pre(span, exchange, endpoint);
            CallControlSpans.before(vendor, exchange, endpoint, span::setLowCardinalityTag, span::setTag);
        }

        @Override
        public void post(SpanAdapter span, Exchange exchange, Endpoint endpoint) {
            super.post(span, exchange, endpoint);
            CallControlSpans.after(vendor, exchange, span::setLowCardinalityTag, span::setTag);
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
