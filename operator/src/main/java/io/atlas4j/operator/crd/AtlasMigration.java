package io.atlas4j.operator.crd;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** A migration directory the operator keeps applied to a database ({@code db.atlasgo.io/v1alpha1}, as in Atlas's operator). */
@Group(AtlasSchema.GROUP)
@Version(AtlasSchema.VERSION)
@Kind("AtlasMigration")
@Plural("atlasmigrations")
@Singular("atlasmigration")
// kubectl get columns; the generator orders them by JSON path.
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Version", jsonPath = ".status.lastAppliedVersion", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Reason", jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason", type = AdditionalPrinterColumn.Type.STRING)
public class AtlasMigration extends CustomResource<AtlasMigrationSpec, AtlasMigrationStatus> implements Namespaced {
    private static final long serialVersionUID = 1L;
}
