"""Markup reduction, paragraph rebuilding and boilerplate removal."""

from __future__ import annotations

import pytest

from claimtrail.ingest.body import clean_body
from claimtrail.ingest.boilerplate import is_boilerplate, is_photo_caption
from claimtrail.ingest.markup import links, strip_markup


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("[South Desk](#)", "South Desk"),
        ('see [the report](https://example.org/r "Report") today', "see the report today"),
        ("**They left.** Then *more* came", "They left. Then more came"),
        ("__strong__ and _em_ but file_name stays", "strong and em but file_name stays"),
        ("![a photo](img.png)Caption", "Caption"),
        ("## A heading", "A heading"),
        ("> quoted words", "quoted words"),
        ("2 * 3 * 4", "2 * 3 * 4"),
        ("<https://example.org>", "https://example.org"),
    ],
)
def test_strip_markup(raw, plain):
    assert strip_markup(raw) == plain


def test_links_keep_only_real_targets():
    found = links("[a](#) and [b](https://example.org/b) and [c]()")
    assert [(link.text, link.url) for link in found] == [("b", "https://example.org/b")]


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        (["One line.", "Two line."], "One line.\n\nTwo line."),
        (["A sentence that goes on", "and ends here."], "A sentence that goes on and ends here."),
        (["A sentence cut by", "", "a stray blank line."], "A sentence cut by a stray blank line."),
        (["Heading, no stop", "", "Body starts here."], "Heading, no stop\n\nBody starts here."),
        (
            [
                "This paragraph was wrapped by an editor at a fixed width of about",
                "sixty characters. The next line starts with a Capital but is",
                "Part of the same paragraph.",
            ],
            "This paragraph was wrapped by an editor at a fixed width of about sixty "
            "characters. The next line starts with a Capital but is Part of the same paragraph.",
        ),
        (["Items:", "- first one", "- second one"], "Items:\n\nfirst one\n\nsecond one"),
        (
            ["Abuse she has faced on", "", "Twitter and Facebook."],
            "Abuse she has faced on Twitter and Facebook.",
        ),
        (["Ended on the", "Monday after."], "Ended on the Monday after."),
        # a crosshead in capitals ends on a word no sentence ends with, and still ends
        (
            ["DRUGS ON YACHT, SOURCE SAYS", "", "Customs found the drugs."],
            "DRUGS ON YACHT, SOURCE SAYS\n\nCustoms found the drugs.",
        ),
        # a heading closed by its source after a comma, in mixed case, ends too
        (
            ["Seven detained, source says", "", "Security forces detained seven."],
            "Seven detained, source says\n\nSecurity forces detained seven.",
        ),
        (
            ["The governor said", "", "Security forces detained seven."],
            "The governor said Security forces detained seven.",
        ),
        (["Talks ended", "Monday came."], "Talks ended\n\nMonday came."),
        (["Before.", "", "*", "", "After."], "Before.\n\nAfter."),
        (["  spaced    out  text.  "], "spaced out text."),
        # a report's lettered items under a numbered heading are items, never joined to it
        (
            ["3. INCIDENTS IN THE LAST 24 HOURS", "", "a. Sialkot. A roof collapsed."],
            "INCIDENTS IN THE LAST 24 HOURS\n\nSialkot. A roof collapsed.",
        ),
    ],
)
def test_paragraphs(lines, body):
    assert clean_body(lines) == body


def test_dropped_lines_split_blocks():
    assert clean_body(["Title", "First.", "Second."], dropped={0}) == "First.\n\nSecond."


@pytest.mark.parametrize(
    "paragraph",
    [
        "Fishermen pull a canoe onto the shore at Namasale on Thursday. PHOTO | JOAN ATIM",
        "Traders outside the burned market in Lira on Monday. (Photo: Daily Lakeside)",
        "Rescuers at the collapsed bridge near Soroti. Photo: P. Okello / Lakeside Courier",
        "A checkpoint on the Gulu road. FILE PHOTO / Northern Voice",
        "Families wait for food at a school in Amuria. PHOTO/GRACE ACHAN",
        "Relief lorries on the road to Kotido on Tuesday. (UNN Photo)",
        "[Photo] The flooded road near Kasese on Sunday morning.",
        # the whole caption in brackets, labelled in the site's language
        "[Nuotrauka: The river at Alytus on Monday morning. Žinios.lt / Jonas Petrauskas]",
        "[Foto: Firefighters pump water out of a house in Rajec on Monday. Ján Kováč]",
        "[Mynd: Steam rises over the harbour at Höfn on Friday. Austurland Today / Ari Dal]",
        "[Kép: A flooded street in Baja on Sunday. Dunai Hírmondó / Réka Fodor]",
        # the label in the site's language and in English
        "[Снимка / Photo: A fire-fighting helicopter drops water over the oak forest on the "
        "ridges west of Kosti on Tuesday afternoon. Burgas Daily / Ivan Petrov]",
    ],
)
def test_photo_captions_are_no_story_text(paragraph):
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The men were seen in a photo shared by the police on Monday.",
        "News | Politics | Regions | Photo | Video | Opinion | Sports | Business",
        'A resident said: "The photo: that is all we have of him now."',
        "[Update: police have since named the man who died.]",
        "[Editor's note / Update: police have since named the man who died.]",
        # a series label, not a credit: the headline after it is no photographer's name
        "WEEK IN PICTURES: Mudslide buries homes at Moyiba, stones fly in Tombodu",
    ],
)
def test_not_photo_captions(paragraph):
    assert not is_photo_caption(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Note to readers: please click the share buttons above.",
        "Forward this article to your email lists.",
        "Copyright © Some Desk, 2018",
        "Articles by: Some Desk",
        "Featured image is from a photo agency",
        "Comment on Ledger Articles on our Facebook page",
        "Become a Member of the Ledger",
        "For media inquiries, contact the press office.",
        "(Reporting by Ann Lee; Editing by Tom Berg)",
        "This site contains copyrighted material. We believe this constitutes a 'fair use' "
        "of any such copyrighted material as provided for in section 107 of the US Copyright Law.",
        "*",
        "###",
        "Photo: Rescuers search the rubble in Darbang on Monday. Ledger photo",
        "Photo caption: Police vehicles on the main road (Ana Lima/Harbour Post)",
        "PICTURE: Families shelter at the mission on Monday. – Picture by ANA LIMA",
        "Comments (4) | Print | Email this story",
        "Image caption: Forensic officers at the rank on Monday. (Lwazi Dube/Coast Times)",
        # a site's one tag label, whose items the tagger may read as people's names
        "Tag: Banjir / Floods   Keningau   Sungai Pegalan   Pulau Mabul",
        "Kongsi / Share: Facebook WhatsApp X",
        # the same labels in the site's own language
        "Štítky:   Povodně   Písek   Otava",
        "Oznake: Požar   Trogir   Split",
        "Delen: Facebook X WhatsApp E-mail",
        # an advert's label, alone or before the advert
        "ADVERTISEMENT",
        "PUBLICITÉ — Vanille Mobile : vos appels à 30 MGA la minute.",
        "Advertisement - Scroll to continue",
        # a link to another story set inside this one
        "ALSO READ:  Arima: Man shot dead outside bar",
        # a blog's feed naming the site at each item's end
        "The post Ferry runs aground off Port Lenn appeared first on The Harbour Gazette.",
        # an advertisement's break in the story, and a video player's title and length
        "Continue reading below",
        "Watch: Families leave their homes as the river rises ▶ 2:14 Autoplay next | Mute",
    ],
)
def test_boilerplate(paragraph):
    assert is_boilerplate(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The court ruled that quoting the speech was fair and lawful.",
        "Copyright lawyers said the ruling would be appealed.",
        "Members of the committee met on Monday.",
        "The minister said reporting by local media had been accurate.",
        "Advertisements for the rally were torn down overnight in the market.",
    ],
)
def test_not_boilerplate(paragraph):
    assert not is_boilerplate(paragraph)


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("[01:12] CORRESPONDENT (Ana Ruiz): The bridge fell at dawn.", "The bridge fell at dawn."),
        ("ANCHOR: Good evening from Pasto.", "Good evening from Pasto."),
        ("[00:05] PRESENTER: Now to the coast.", "Now to the coast."),
        # a caller's or guest's words are theirs: the label stays for the reader
        ("CALLER: My brother saw the boats burn.", "CALLER: My brother saw the boats burn."),
        ("TUMACO: Boats burned in the port.", "TUMACO: Boats burned in the port."),
    ],
)
def test_a_transcripts_staff_speaker_label_is_cut(paragraph, kept):
    assert clean_body([paragraph]) == kept


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        # a podcast's reporter, labelled by her first name in capitals
        ("INÉS: On Monday the river rose.", "On Monday the river rose."),
        ("[00:12:40] TOMÁS: Two boats sank.", "Two boats sank."),
        ("INÉS MARTEL: The bridge held.", "The bridge held."),
        # a guest's first name, or a label in ordinary case, stays
        ("ROSA: My house was flooded.", "ROSA: My house was flooded."),
        ("Inés: the bridge held.", "Inés: the bridge held."),
    ],
)
def test_a_speaker_label_of_the_outlets_own_people_is_cut(paragraph, kept):
    assert clean_body([paragraph], staff=("Inés Martel", "Tomás Ruiz Paz")) == kept
