"""An incident log copied from a spreadsheet: each row of cells is read as a paragraph."""

from __future__ import annotations

from claimtrail.ingest.tables import table_rows

HEADER = "No. | Date | Township | Village | Type | Description | Source | Verified"


def test_each_row_reads_as_its_places_day_account_and_source():
    lines = [
        "FLOOD WATCH",
        HEADER,
        "1 | 01/10/2030 | Velden | Lower Velden | FL | The river flooded twelve farms."
        " | road office | Y",
        "2 | 02/10/2030 | Ostrava | N/A | ARR | Police arrested two men at the market. | N/A | N",
    ]
    assert table_rows(lines) == [
        "FLOOD WATCH",
        "Lower Velden, Velden, 01/10/2030 – The river flooded twelve farms (road office).",
        "",
        "Ostrava, 02/10/2030 – Police arrested two men at the market.",
    ]


def test_a_rows_indented_lines_go_on_with_its_description_and_a_totals_row_ends_the_log():
    lines = [
        HEADER,
        "1 | 01/10/2030 | Velden | Lower Velden | FL | The river came over the dyke",
        "   and flooded twelve farms. | road office | Y",
        "TOTAL | | | | | 1 incident | |",
        "Legend: FL = flood",
    ]
    assert table_rows(lines) == [
        "Lower Velden, Velden, 01/10/2030 – The river came over the dyke and flooded twelve"
        " farms (road office).",
        "",
        "TOTAL | | | | | 1 incident | |",
        "Legend: FL = flood",
    ]


def test_a_table_without_a_description_column_is_left_as_it_is():
    lines = ["Region | Rows | Killed | Injured", "Velden | 1 | 0 | 2"]
    assert table_rows(lines) == lines


def test_a_column_named_by_its_first_words_holds_the_account_and_an_empty_one_tells_nothing():
    lines = [
        "No. | District | Incidents | Deaths | Major incident in May, 2031",
        "1 | Velden | 4 | 1 | 03.05.2031: a farmer killed by gunmen near Lower Velden",
        "2 | Ostrava | 2 | 0 | -",
        "Total | | 6 | 1 |",
    ]
    assert table_rows(lines) == [
        "Velden – 03.05.2031: a farmer killed by gunmen near Lower Velden",
        "",
        "",
        "",
        "Total | | 6 | 1 |",
    ]


CSV_HEADER = "event_id,event_date,admin1,admin2,location,latitude,longitude,source,notes,fatalities"


def test_a_csv_exports_rows_read_as_point_places_day_account_and_source():
    lines = [
        "Flood events export (2 rows)",
        "",
        CSV_HEADER,
        "MW102,12 March 2031,Southern,Nsanje,Bangula,-16.5800,35.1100,Malawi Voice,"
        '"Floods cut the road to Bangula, stranding 40 lorries.",0',
        "",
        "MW101,9 March 2031,Southern,Chikwawa,Chikwawa,-16.0300,34.8000,Radio Maria,"
        "About 300 families fled to schools.,0",
        "",
        "Data as of: 16 March 2031 | Rows returned: 2",
    ]
    assert table_rows(lines) == [
        "Flood events export (2 rows)",
        "",
        "-16.5800, 35.1100, Bangula, Nsanje, Southern, 12 March 2031 – Floods cut the road to"
        " Bangula, stranding 40 lorries (Malawi Voice).",
        "",
        "-16.0300, 34.8000, Chikwawa, Southern, 9 March 2031 – About 300 families fled to"
        " schools (Radio Maria).",
        "",
        "Data as of: 16 March 2031 | Rows returned: 2",
    ]


def test_a_sentence_with_commas_is_no_csv_header():
    lines = [
        "Notes, dates, places, sources and photographs were checked by the desk.",
        "Rangers, 2 March 2031, Kasungu, the park office, found two carcasses.",
    ]
    assert table_rows(lines) == lines


def test_a_boxed_tables_cells_go_on_in_their_own_columns_below_the_row():
    rule = " " + "-" * 66
    lines = [
        "Incidents recorded from January to March:",
        rule,
        " No. | Date       | Location           | Incident           | Status",
        rule,
        "  1. | 03.02.2031 | Off the island of  | Gunmen boarded a   | Under",
        "     |            | Velden, Ostrava    | ferry and took away| investigation.",
        "     |            |                    | two engineers.     |",
        rule,
        "  2. | 11.03.2031 | Lower Velden       | Arrest of two men. | Charged.",
        rule,
        "",
        "2.   The ministry has since added patrols.",
    ]
    assert table_rows(lines) == [
        "Incidents recorded from January to March:",
        rule,
        "Off the island of Velden, Ostrava, 03.02.2031 – Gunmen boarded a ferry and took away"
        " two engineers.",
        "",
        "Lower Velden, 11.03.2031 – Arrest of two men.",
        "",
        "2.   The ministry has since added patrols.",
    ]


def test_a_column_named_incident_holds_the_account_unless_one_is_named_description():
    lines = [
        "No. | Date | Town | Incident type | Description",
        "1 | 01/10/2030 | Velden | Flood | The river flooded twelve farms.",
    ]
    assert table_rows(lines) == ["Velden, 01/10/2030 – The river flooded twelve farms."]


def test_a_description_column_holds_the_account_before_an_incident_column():
    lines = [
        "No. | Date | Town | Incident | Description",
        "1 | 01/10/2030 | Velden | Flood | The river flooded twelve farms.",
    ]
    assert table_rows(lines) == ["Velden, 01/10/2030 – The river flooded twelve farms."]
