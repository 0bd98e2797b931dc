#!/bin/sh
# Rewrites the capability matrix of camel-callcontrol/src/main/docs/callcontrol-component.adoc from the mapping
# table (io.callcontrol.camel.callcontrol.VendorMappings): runs CapabilityMatrixTest in its update mode. The same
# test, run normally, fails when the adoc and the mapping table differ.
cd "$(dirname "$0")/.." || exit 1
exec ./mvnw -q -pl camel-callcontrol -am verify -Dtest=CapabilityMatrixTest -Dsurefire.failIfNoSpecifiedTests=false \
  -Dcallcontrol.matrix.update=true "$@"
