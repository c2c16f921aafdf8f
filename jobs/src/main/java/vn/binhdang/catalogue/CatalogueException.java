package vn.binhdang.catalogue;

/** A broken catalogue file: the message names the file, the line and what is wrong. */
public class CatalogueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogueException(String message) {
    super(message);
  }
}
