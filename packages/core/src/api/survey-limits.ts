// The survey form checks these before it sends, and the schemas on arrival. They live apart from the valibot schemas
// so that the survey's page does not download valibot before it renders.

/** The survey's comment limit, in UTF-16 code units like a textarea's `maxlength`. */
export const maxCommentLength = 1000;

/** A Vietnamese mobile number once spaces and dots are removed: 0 or +84, then a 3/5/7/8/9 prefix and 8 digits. */
export const vietnamesePhonePattern = /^(0|\+84)(3|5|7|8|9)\d{8}$/;
