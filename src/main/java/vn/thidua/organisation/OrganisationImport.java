package vn.thidua.organisation;

/**
 * The organisation import as other modules call it (the demo loads its people through it): a CSV
 * or XLSX file in, what it created or changed out; all or nothing (API.md "Organisation").
 */
public interface OrganisationImport {

    /**
     * @throws vn.thidua.shared.UnsupportedFileTypeException neither UTF-8 CSV nor XLSX (415)
     * @throws vn.thidua.shared.InvalidRowsException         any bad row; nothing is imported (400)
     */
    ImportResult importFile(byte[] content);
}
