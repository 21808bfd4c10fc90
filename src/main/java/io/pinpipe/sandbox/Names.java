package io.pinpipe.sandbox;

import java.util.List;

/** People and places: the name lists the user and geolocation tables draw from. */
final class Names {

    static final List<String> FIRST_NAMES = List.of(
            "Abigail", "Aaron", "Alexander", "Alexandra", "Andrea", "Andrew", "Angela", "Anthony", "Ashley", "Brandon",
            "Brian", "Christina", "Christopher", "Daniel", "David", "Denise", "Elizabeth", "Emily", "Eric", "Gabriel",
            "Hannah", "Heather", "Jacob", "James", "Jasmine", "Jennifer", "Jessica", "Jonathan", "Joseph", "Joshua",
            "Julie", "Justin", "Karen", "Katherine", "Kevin", "Kimberly", "Laura", "Lauren", "Linda", "Lisa",
            "Madison", "Maria", "Mark", "Matthew", "Megan", "Michael", "Michelle", "Nicole", "Patrick", "Rachel",
            "Rebecca", "Robert", "Ryan", "Samantha", "Sarah", "Stephanie", "Steven", "Thomas", "Tyler", "Victoria");

    static final List<String> LAST_NAMES = List.of(
            "Ali", "Allen", "Anderson", "Bailey", "Baker", "Brown", "Campbell", "Carter", "Clark", "Collins",
            "Cook", "Davis", "Edwards", "Evans", "Garcia", "Gonzalez", "Green", "Hall", "Harris", "Hernandez",
            "Hill", "Jackson", "Johnson", "Jones", "King", "Lee", "Lewis", "Lopez", "Martin", "Martinez",
            "Miller", "Mitchell", "Moore", "Morgan", "Murphy", "Nelson", "Nguyen", "Parker", "Perez", "Phillips",
            "Roberts", "Robinson", "Rodriguez", "Scott", "Smith", "Stewart", "Taylor", "Thomas", "Thompson", "Turner",
            "Walker", "White", "Williams", "Wilson", "Wright", "Young");

    /** Free-text names as the original data spells them (Faker's list, quirks included). */
    static final List<String> COUNTRIES = List.of(
            "Afghanistan", "Albania", "Algeria", "American Samoa", "Andorra", "Angola", "Anguilla",
            "Antarctica (the territory South of 60 deg S)", "Antigua and Barbuda", "Argentina", "Armenia", "Aruba",
            "Australia", "Austria", "Azerbaijan", "Bahamas", "Bangladesh", "Barbados", "Belgium", "Bermuda",
            "Bouvet Island (Bouvetoya)", "Brazil", "British Indian Ocean Territory (Chagos Archipelago)", "Bulgaria",
            "Cambodia", "Canada", "Chile", "Christmas Island", "Colombia", "Cote d'Ivoire", "Croatia", "Cyprus",
            "Denmark", "Egypt", "Ethiopia", "Fiji", "Finland", "France", "French Southern Territories", "Germany",
            "Ghana", "Greece", "Greenland", "Guinea-Bissau", "Heard Island and McDonald Islands",
            "Holy See (Vatican City State)", "Iceland", "India", "Indonesia", "Ireland", "Italy", "Jamaica", "Japan",
            "Kenya", "Korea", "Libyan Arab Jamahiriya", "Maldives", "Mexico", "Morocco", "Nepal", "Netherlands",
            "New Zealand", "Nigeria", "Norway", "Palestinian Territory", "Peru", "Philippines", "Poland", "Portugal",
            "Reunion", "Saint Barthelemy", "Sao Tome and Principe", "South Georgia and the South Sandwich Islands",
            "Spain", "Svalbard & Jan Mayen Islands", "Sweden", "Timor-Leste", "Turkey", "Uganda", "United Kingdom",
            "United States of America", "Uruguay", "Vietnam", "Zimbabwe");

    /** Endings that turn a category subject into a brand-style poster name, e.g. "Tattoo Ideas Daily". */
    static final List<String> BRAND_PATTERNS = List.of(
            "%s Daily", "The %s Edit", "%s by Design", "All About %s", "%s Hub", "Simply %s", "%s Corner");

    private Names() {
    }
}
