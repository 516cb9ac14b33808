// Legacy WebIDL: exceptions, raises, getraises/setraises, in, modules, implements.

interface Window;

module events {
  /** Raised when a file cannot be read. */
  exception FileException {
    const unsigned short NOT_FOUND_ERR = 1;
    const unsigned short SECURITY_ERR = 2;
    /** What went wrong. */
    unsigned short code;
    DOMString message;
    DOMString detail;
    sequence<DOMString> paths;
  };

  exception FileEncodingException : FileException {
    DOMString encoding;
  };

  [Exposed=Window]
  interface FileReader {
    /** Reads the file. */
    undefined readAsText(in Blob blob, in optional DOMString encoding) raises(FileException, INVALID_STATE_ERR);
    attribute DOMString name getraises(FileException) setraises(FileEncodingException);
    readonly attribute FileException? error;
    readonly attribute Window view;
  };

  [Exposed=Window]
  interface Readable {
    readonly attribute boolean ready;
    undefined open();
  };

  FileReader implements Readable;
};
