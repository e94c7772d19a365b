package dev.dryfruits.quality.labs.entity;

public enum Outcome {
    PASS, FAIL
}
