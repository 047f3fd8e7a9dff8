package io.atlas4j.plan;

import io.atlas4j.change.*;

/** Names the object a change is about, for readable assertions. */
final class NameVisitor implements Change.Visitor<String> {
    public String addSchema(AddSchema c) { return c.schema().name(); }
    public String dropSchema(DropSchema c) { return c.schema().name(); }
    public String modifySchema(ModifySchema c) { return c.to().name(); }
    public String addTable(AddTable c) { return c.table().name(); }
    public String dropTable(DropTable c) { return c.table().name(); }
    public String modifyTable(ModifyTable c) { return c.to().name(); }
    public String renameTable(RenameTable c) { return c.to().name(); }
    public String addView(AddView c) { return c.view().name(); }
    public String dropView(DropView c) { return c.view().name(); }
    public String modifyView(ModifyView c) { return c.to().name(); }
    public String addObject(AddObject c) { return c.object().name(); }
    public String dropObject(DropObject c) { return c.object().name(); }
    public String modifyObject(ModifyObject c) { return c.to().name(); }
}
