package dev.dryfruits.product.catalog.entity;

/** Allergens a dry-fruit listing declares (FSS Labelling 2020; EU 1169/2011 Annex II for sulphites). */
public enum Allergen {
    TREE_NUTS, PEANUTS, SESAME, SULPHITES, GLUTEN, MILK, SOY
}
