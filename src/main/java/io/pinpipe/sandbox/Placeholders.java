package io.pinpipe.sandbox;

/** The texts the original scraper wrote where it found nothing; downstream cleaning turns them into nulls. */
public final class Placeholders {

    public static final String NO_TITLE = "No Title Data Available";
    public static final String NO_DESCRIPTION = "No description available Story format";
    public static final String USER_INFO_ERROR = "User Info Error";
    public static final String NO_TAGS = "N,o, ,T,a,g,s, ,A,v,a,i,l,a,b,l,e";
    public static final String IMAGE_SRC_ERROR = "Image src error.";

    private Placeholders() {
    }
}
