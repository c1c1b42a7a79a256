package dev.flexkit.sandbox.domain;

/** An object of the dataset with an id of its own. */
public interface Entity {

    String id();
}
