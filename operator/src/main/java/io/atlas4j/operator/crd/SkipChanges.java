package io.atlas4j.operator.crd;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Atlas's {@code policy.diff.skip}: each change kind set to true is left out of every plan. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SkipChanges(@JsonProperty("add_schema") Boolean addSchema, @JsonProperty("drop_schema") Boolean dropSchema,
                          @JsonProperty("modify_schema") Boolean modifySchema,
                          @JsonProperty("add_table") Boolean addTable, @JsonProperty("drop_table") Boolean dropTable,
                          @JsonProperty("modify_table") Boolean modifyTable, @JsonProperty("rename_table") Boolean renameTable,
                          @JsonProperty("add_column") Boolean addColumn, @JsonProperty("drop_column") Boolean dropColumn,
                          @JsonProperty("modify_column") Boolean modifyColumn, @JsonProperty("rename_column") Boolean renameColumn,
                          @JsonProperty("add_index") Boolean addIndex, @JsonProperty("drop_index") Boolean dropIndex,
                          @JsonProperty("modify_index") Boolean modifyIndex, @JsonProperty("rename_index") Boolean renameIndex,
                          @JsonProperty("add_foreign_key") Boolean addForeignKey, @JsonProperty("drop_foreign_key") Boolean dropForeignKey,
                          @JsonProperty("modify_foreign_key") Boolean modifyForeignKey,
                          @JsonProperty("add_check") Boolean addCheck, @JsonProperty("drop_check") Boolean dropCheck,
                          @JsonProperty("modify_check") Boolean modifyCheck,
                          @JsonProperty("add_view") Boolean addView, @JsonProperty("drop_view") Boolean dropView,
                          @JsonProperty("modify_view") Boolean modifyView) {
}
