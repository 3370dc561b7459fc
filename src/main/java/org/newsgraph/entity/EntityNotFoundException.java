package org.newsgraph.entity;

import org.newsgraph.error.NotFoundException;

/** No entity has this id. */
public class EntityNotFoundException extends NotFoundException {
    public EntityNotFoundException(long id) {
        super("No entity with id " + id + ".");
    }
}
