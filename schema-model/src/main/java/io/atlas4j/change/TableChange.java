package io.atlas4j.change;

/** A change inside one table, carried by {@link ModifyTable}. */
public sealed interface TableChange extends Edit permits AddColumn, DropColumn, ModifyColumn, RenameColumn, AddIndex, DropIndex, ModifyIndex, RenameIndex, AddPrimaryKey, DropPrimaryKey, ModifyPrimaryKey, AddForeignKey, DropForeignKey, ModifyForeignKey, AddCheck, DropCheck, ModifyCheck, AddAttr, DropAttr, ModifyAttr {
    <R> R accept(Visitor<R> visitor);

    /** One method per table change kind. */
    interface Visitor<R> {
        R addColumn(AddColumn change);

        R dropColumn(DropColumn change);

        R modifyColumn(ModifyColumn change);

        R renameColumn(RenameColumn change);

        R addIndex(AddIndex change);

        R dropIndex(DropIndex change);

        R modifyIndex(ModifyIndex change);

        R renameIndex(RenameIndex change);

        R addPrimaryKey(AddPrimaryKey change);

        R dropPrimaryKey(DropPrimaryKey change);

        R modifyPrimaryKey(ModifyPrimaryKey change);

        R addForeignKey(AddForeignKey change);

        R dropForeignKey(DropForeignKey change);

        R modifyForeignKey(ModifyForeignKey change);

        R addCheck(AddCheck change);

        R dropCheck(DropCheck change);

        R modifyCheck(ModifyCheck change);

        R addAttr(AddAttr change);

        R dropAttr(DropAttr change);

        R modifyAttr(ModifyAttr change);
    }
}
