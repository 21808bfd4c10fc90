package io.pinpipe.sandbox;

/** One row of {@code pinterest_data}, column for column; {@code followerCount} is text on purpose. */
public record PinRow(int index, String uniqueId, String title, String description, String posterName,
                     String followerCount, String tagList, String isImageOrVideo, String imageSrc, int downloaded,
                     String saveLocation, String category) {

    PinRow withIndex(int newIndex) {
        return new PinRow(newIndex, uniqueId, title, description, posterName, followerCount, tagList, isImageOrVideo,
                imageSrc, downloaded, saveLocation, category);
    }
}
