package io.atlas4j.operator.internal;

import io.atlas4j.spi.DatabaseUrl;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.reconciler.ErrorStatusUpdateControl;
import org.slf4j.Logger;

/** What both reconcilers do when writing a resource's status itself failed. */
final class StatusWrites {
    private StatusWrites() {
    }

    /** {@return the resource's {@code namespace/name}, as logs and events name it} */
    static String id(HasMetadata resource) {
        return resource.getMetadata().getNamespace() + "/" + resource.getMetadata().getName();
    }

    /** Logs the failure with any password masked and lets the SDK retry. */
    static <R extends HasMetadata> ErrorStatusUpdateControl<R> failed(Logger log, R resource, Exception e) {
        log.warn("could not update the status of {}: {}", id(resource), DatabaseUrl.mask(String.valueOf(e.getMessage())));
        return ErrorStatusUpdateControl.defaultErrorProcessing();
    }
}
