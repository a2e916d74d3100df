/** A BCP 47 language tag as articles and pages may carry it in `lang`: en, fr-FR, de-AT. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;
