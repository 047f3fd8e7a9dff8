package io.atlas4j.jpa.broken;

import jakarta.persistence.Entity;

/** A mapping error: an entity without an identifier. */
@Entity
public class NoId {
    private String name;
}
