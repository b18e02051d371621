/**
 * Lets Enter in a field submit a form whose visible buttons are outside it (a dialog's OK):
 * browsers submit on Enter only when the form has a submit button.
 */
export function ImplicitSubmit() {
  return <button type="submit" className="visually-hidden" tabIndex={-1} aria-hidden="true" />;
}
