package org.newsgraph.ingest;

import org.newsgraph.error.NotFoundException;

/** No bulk import has this id. */
public class ImportNotFoundException extends NotFoundException {
    public ImportNotFoundException(long id) {
        super("No import with id " + id + ".");
    }
}
