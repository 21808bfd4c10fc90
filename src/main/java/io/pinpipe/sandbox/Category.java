package io.pinpipe.sandbox;

import java.util.List;

/**
 * The 13 categories of the original scrape, each with the few words its posts are made of. The lists are
 * small on purpose: the sample only has to look plausible per category, not varied like the real site.
 */
public enum Category {
    ART("art",
            List.of("Watercolor Painting", "Abstract Art", "Pencil Drawing", "Acrylic Pour", "Canvas Art", "Sketchbook Pages"),
            List.of("Art Tutorials,Painting Ideas", "Watercolor,Art Inspiration", "Drawing Ideas,Sketching", "Abstract Painting,Wall Art"),
            "Grab a brush and try it this weekend."),
    BEAUTY("beauty",
            List.of("Makeup Looks", "Skincare Routine", "Nail Designs", "Eyeshadow Palette", "Hair Colour", "Lip Art"),
            List.of("Makeup Tips,Beauty Hacks", "Skin Care,Glowing Skin", "Nail Art,Nail Designs", "Hair Styles,Hair Color Ideas"),
            "Every product here is cruelty free."),
    CHRISTMAS("christmas",
            List.of("Christmas Tree Decor", "Holiday Cookies", "Advent Calendar", "Christmas Wreath", "Stocking Stuffers", "Festive Table"),
            List.of("Christmas Decorations,Xmas", "Holiday Baking,Christmas Cookies", "Christmas Crafts,Diy Christmas", "Christmas Gifts,Gift Ideas"),
            "Make this the cosiest Christmas yet."),
    DIY_AND_CRAFTS("diy-and-crafts",
            List.of("Paper Crafts", "Mason Jar Crafts", "Macrame Wall Hanging", "Upcycled Furniture", "Kids Crafts", "Clay Projects"),
            List.of("Diy Crafts,Craft Ideas", "Diy Home Decor,Upcycling", "Kids Crafts,Crafts For Kids", "Macrame,Handmade"),
            "All you need is glue, scissors and an afternoon."),
    EDUCATION("education",
            List.of("Classroom Activities", "Math Games", "Reading Worksheets", "Science Experiments", "Study Tips", "Homeschool Schedule"),
            List.of("Teaching Ideas,Classroom", "Math Activities,Math Games", "Homeschool,Learning Activities", "Study Tips,Student Life"),
            "Free printables included for teachers and parents."),
    EVENT_PLANNING("event-planning",
            List.of("Party Decorations", "Wedding Planning", "Birthday Party Themes", "Baby Shower Games", "Table Settings", "Balloon Garlands"),
            List.of("Party Ideas,Party Decorations", "Wedding Planning,Wedding Ideas", "Birthday Party,Party Themes", "Baby Shower,Shower Games"),
            "Plan it in a week without breaking the budget."),
    FINANCE("finance",
            List.of("Budget Planner", "Saving Challenge", "Debt Payoff Plan", "Side Hustles", "Investing Basics", "Money Habits"),
            List.of("Budgeting,Money Saving Tips", "Personal Finance,Save Money", "Debt Free,Financial Freedom", "Side Hustle,Make Money Online"),
            "Small changes add up to real savings."),
    HOME_DECOR("home-decor",
            List.of("Living Room Decor", "Bedroom Makeover", "Gallery Wall", "Kitchen Organisation", "Boho Bathroom", "Entryway Ideas"),
            List.of("Home Decor,Living Room Ideas", "Bedroom Decor,Bedroom Ideas", "Wall Decor,Gallery Wall", "Kitchen Decor,Organization"),
            "Turn a rented flat into a home."),
    MENS_FASHION("mens-fashion",
            List.of("Men's Outfits", "Casual Street Style", "Suit Combinations", "Smart Casual Looks", "Sneaker Styles", "Winter Layers"),
            List.of("Mens Fashion Classy,Mens Outfits", "Mens Street Style,Mens Fashion Casual", "Suit Fashion,Mens Suits", "Sneakers,Mens Style"),
            "A capsule wardrobe that works all year."),
    QUOTES("quotes",
            List.of("Motivational Quotes", "Love Quotes", "Life Lessons", "Positive Affirmations", "Friendship Quotes", "Morning Mantras"),
            List.of("Quotes,Inspirational Quotes", "Love Quotes,Relationship Quotes", "Positive Quotes,Affirmations", "Life Quotes,Wisdom"),
            "Save the one that speaks to you today."),
    TATTOOS("tattoos",
            List.of("Small Tattoos", "Fine Line Tattoos", "Floral Tattoo Designs", "Sleeve Tattoos", "Minimalist Tattoos", "Matching Tattoos"),
            List.of("Tattoo Ideas,Tattoo Designs", "Small Tattoos,Minimalist Tattoo", "Flower Tattoos,Fine Line Tattoo", "Sleeve Tattoos,Tattoos For Women"),
            "Show this to your artist at the consultation."),
    TRAVEL("travel",
            List.of("Travel Destinations", "Packing List", "Road Trip Routes", "Hidden Beaches", "City Guides", "Budget Travel"),
            List.of("Travel Tips,Travel Destinations", "Packing List,Travel Hacks", "Road Trip,Adventure", "Beach Vacation,Wanderlust"),
            "Everything we wish we had known before we went."),
    VEHICLES("vehicles",
            List.of("Classic Cars", "Camper Van Conversion", "Motorcycle Builds", "Off Road Trucks", "Car Interior", "Electric Cars"),
            List.of("Classic Cars,Vintage Cars", "Van Life,Camper Van", "Motorcycles,Custom Bikes", "Trucks,Off Road"),
            "Specs, photos and a few build notes.");

    private final String slug;
    private final List<String> subjects;
    private final List<String> tagGroups;
    private final String phrase;

    Category(String slug, List<String> subjects, List<String> tagGroups, String phrase) {
        this.slug = slug;
        this.subjects = subjects;
        this.tagGroups = tagGroups;
        this.phrase = phrase;
    }

    /** The name as stored in the {@code category} column, e.g. {@code diy-and-crafts}. */
    public String slug() {
        return slug;
    }

    List<String> subjects() {
        return subjects;
    }

    /** Comma-joined pairs of tags, combined into a post's tag list. */
    List<String> tagGroups() {
        return tagGroups;
    }

    String phrase() {
        return phrase;
    }
}
