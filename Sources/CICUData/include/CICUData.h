// Nothing to import: this target only defines ICU's data symbol (icu_data.c).
