"""The English check on texts written for these tests."""

from __future__ import annotations

import pytest

from claimtrail.errors import InputRejected
from claimtrail.ingest.language import check_english, measure

ENGLISH_SHORT = "Two soldiers were wounded near the border on Friday, officials said."

ENGLISH_NAMES = (
    "Commanders Abdul Rahman Haqqani, Mullah Akhtar Zadran, Qari Fasihuddin Nuristani, "
    "Mawlawi Ghulam Sarwar and Haji Mohammad Yousuf Baloch met in Nangarhar, Kunar, "
    "Laghman and Nuristan provinces, according to Colonel Ahmad Zia Saraj. Governor "
    "Shah Mahmood Miakhel, General Sami Sadat and Brigadier Khalid Wardak attended talks "
    "in Jalalabad, Asadabad, Mehtarlam and Parun. Spokesman Zabihullah Mujahid denied it."
)

ENGLISH_PROSE = (
    "The committee said on Tuesday that it would publish its findings next month, after "
    "it had interviewed the remaining witnesses. Several members of the committee told "
    "reporters that they were not satisfied with the answers they had received so far, "
    "and that the ministry should have acted sooner when the first warnings arrived."
)

FRENCH = (
    "Le comité a déclaré mardi qu'il publierait ses conclusions le mois prochain, après "
    "avoir entendu les derniers témoins. Plusieurs membres du comité ont dit aux "
    "journalistes qu'ils n'étaient pas satisfaits des réponses reçues jusqu'ici, et que le "
    "ministère aurait dû agir plus tôt lorsque les premiers avertissements sont arrivés."
)

SPANISH = (
    "El comité dijo el martes que publicaría sus conclusiones el mes próximo, después de "
    "escuchar a los últimos testigos. Varios miembros del comité dijeron a los periodistas "
    "que no estaban satisfechos con las respuestas recibidas hasta ahora y que el ministerio "
    "debió actuar antes, cuando llegaron las primeras advertencias."
)

GERMAN = (
    "Der Ausschuss teilte am Dienstag mit, er werde seine Ergebnisse im nächsten Monat "
    "veröffentlichen, nachdem er die letzten Zeugen angehört habe. Mehrere Mitglieder des "
    "Ausschusses sagten Journalisten, sie seien mit den bisherigen Antworten nicht zufrieden, "
    "und das Ministerium hätte früher handeln müssen, als die ersten Warnungen eintrafen. "
    "Was in den Berichten stand, war an die Regierung gerichtet."
)

ARABIC = (
    "قالت اللجنة يوم الثلاثاء إنها ستنشر نتائجها الشهر المقبل بعد الاستماع إلى آخر الشهود. "
    "وقال عدد من أعضاء اللجنة للصحفيين إنهم غير راضين عن الإجابات التي تلقوها حتى الآن."
)

RUSSIAN = (
    "Комитет заявил во вторник, что опубликует свои выводы в следующем месяце, после того "
    "как выслушает последних свидетелей. Несколько членов комитета сказали журналистам, что "
    "они не удовлетворены полученными ответами."
)


@pytest.mark.parametrize("text", [ENGLISH_SHORT, ENGLISH_NAMES, ENGLISH_PROSE, "Kabul."])
def test_english_accepted(text):
    check_english(text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (FRENCH, "English function words"),
        (SPANISH, "English function words"),
        (GERMAN, "English function words"),
        (ARABIC, "non-Latin letters"),
        (RUSSIAN, "non-Latin letters"),
    ],
)
def test_other_languages_rejected(text, figure):
    with pytest.raises(InputRejected) as caught:
        check_english(text)
    reason = caught.value.reason
    assert reason.startswith("language looks like not English (")
    assert figure in reason and reason.endswith("; skipped")


def test_english_quoting_a_foreign_name_is_accepted():
    check_english(ENGLISH_PROSE + " The sign read «Комитет» in large letters.")


def test_measure_counts_words_and_letters():
    evidence = measure("The cat and the dog.")
    assert evidence.words == 5
    assert evidence.function_share == pytest.approx(3 / 5)
    assert evidence.non_latin_share == 0.0
