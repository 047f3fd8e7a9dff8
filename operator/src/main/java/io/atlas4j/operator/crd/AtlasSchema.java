package io.atlas4j.operator.crd;

import io.fabric8.crd.generator.annotation.AdditionalPrinterColumn;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;

/** A database whose schema the operator keeps at the desired one ({@code db.atlasgo.io/v1alpha1}, as in Atlas's operator). */
@Group(AtlasSchema.GROUP)
@Version(AtlasSchema.VERSION)
@Kind("AtlasSchema")
@Plural("atlasschemas")
@Singular("atlasschema")
// kubectl get columns; the generator orders them by JSON path.
@AdditionalPrinterColumn(name = "Phase", jsonPath = ".status.phase", type = AdditionalPrinterColumn.Type.STRING)
@AdditionalPrinterColumn(name = "Reason", jsonPath = ".status.conditions[?(@.type==\"Ready\")].reason", type = AdditionalPrinterColumn.Type.STRING)
public class AtlasSchema extends CustomResource<AtlasSchemaSpec, AtlasSchemaStatus> implements Namespaced {
    public static final String GROUP = "db.atlasgo.io";
    public static final String VERSION = "v1alpha1";
    private static final long serialVersionUID = 1L;
}
