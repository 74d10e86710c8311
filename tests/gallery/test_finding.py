"""Search, filters, keyset paging, favourites, tags, notes and the trash."""

from __future__ import annotations

import time

from studio.gallery import Cursor, GalleryStore, Kind, Query
from tests.gallery.conftest import edit, generate


def ids(store: GalleryStore, **query: object) -> list[int]:
    return [r.id for r in store.query(Query(**query)).images]  # type: ignore[arg-type]


def test_full_text_search_covers_prompt_revised_prompt_tags_and_notes(
    store: GalleryStore,
) -> None:
    (fox,) = generate(store, "a red fox in the snow")
    (owl,) = generate(store, "an owl at night")
    store.add_tag(owl.id, "birds")
    store.set_notes(fox.id, "for the winter card")
    assert ids(store, text="fox") == [fox.id]
    assert ids(store, text="Snow FOX") == [fox.id]
    assert ids(store, text="nig") == [owl.id]  # the last word as a prefix
    assert ids(store, text="birds") == [owl.id]
    assert ids(store, text="winter card") == [fox.id]
    assert ids(store, text='" OR 1=1 --') == []  # symbols are words to find, not syntax
    store.remove_tag(owl.id, "birds")
    assert ids(store, text="birds") == []


def test_filters_narrow_the_results(store: GalleryStore) -> None:
    (fox,) = generate(store, "fox", model="gpt-image-1.5")
    (mini,) = generate(store, "fox", model="gpt-image-1-mini")
    (hat,) = edit(store, fox.path.read_bytes())
    store.set_favourite(mini.id, True)
    store.add_tag(hat.id, "hats")
    assert ids(store, models=("gpt-image-1-mini",)) == [mini.id]
    assert ids(store, kinds=(Kind.EDIT,)) == [hat.id]
    assert ids(store, favourite=True) == [mini.id]
    assert ids(store, tag="hats") == [hat.id]
    assert ids(store, size="96x64") == [hat.id, mini.id, fox.id]
    assert ids(store, size="1x1") == []
    assert ids(store, provider="OpenAI") == [hat.id, mini.id, fox.id]
    assert ids(store, since=time.time() + 60) == []
    assert ids(store, until=time.time() + 60, newest_first=False) == [fox.id, mini.id, hat.id]


def test_keyset_paging_visits_every_image_once(store: GalleryStore) -> None:
    made = [generate(store, f"picture {n}", colours=((n, n, n, 255),))[0].id for n in range(23)]
    seen: list[int] = []
    cursor: Cursor | None = None
    while True:
        page = store.query(Query(), limit=5, after=cursor)
        seen.extend(r.id for r in page.images)
        if page.next is None:
            break
        cursor = page.next
    assert seen == sorted(made, reverse=True)


def test_trash_restore_and_empty(store: GalleryStore) -> None:
    (keep,) = generate(store, "keep")
    (drop,) = generate(store, "drop", colours=((1, 2, 3, 255),))
    store.trash([drop.id])
    assert ids(store) == [keep.id]
    assert ids(store, trashed=True) == [drop.id]
    store.restore([drop.id])
    assert ids(store) == [drop.id, keep.id]
    store.trash([drop.id])
    assert store.empty_trash() == 1
    assert store.get(drop.id) is None
    assert not drop.path.exists()
    assert keep.path.exists()
    assert store.check().ok


def test_stats_count_and_add_up(store: GalleryStore) -> None:
    first, _ = generate(store, colours=((1, 1, 1, 255), (2, 2, 2, 255)))
    store.set_favourite(first.id, True)
    stats = store.stats()
    assert (stats.images, stats.generations, stats.favourites) == (2, 1, 1)
    assert stats.cost == stats.cost_today > 0
    assert stats.by_model == {"gpt-image-1.5": 2}


def test_the_revised_prompt_is_searchable(store: GalleryStore) -> None:
    from studio.api import Endpoint, GeneratedImage, ImageRequest, ImagesResult
    from studio.gallery import Outcome
    from tests.images import png

    image = GeneratedImage(png(8, 8), "png", revised_prompt="a fox beside a frozen lake")
    request = ImageRequest(Endpoint.GENERATIONS, "fox", model="dall-e-3")
    (record,) = store.save(Outcome.of(request, ImagesResult((image,))))
    assert ids(store, text="frozen lake") == [record.id]
    assert record.generation.revised_prompt == "a fox beside a frozen lake"


def test_facets_offer_what_the_images_have(store: GalleryStore) -> None:
    (fox,) = generate(store, "fox", model="gpt-image-1.5")
    generate(store, "owl", model="gpt-image-1-mini")
    store.add_tag(fox.id, "winter")
    facets = store.facets()
    assert facets.models == ("gpt-image-1-mini", "gpt-image-1.5")
    assert facets.providers == ("OpenAI",)
    assert facets.tags == ("winter",)
    assert facets.sizes == ("96x64",)


def test_the_grid_page_is_the_query_page_in_brief(store: GalleryStore) -> None:
    made = [generate(store, f"picture {n}", colours=((n, n, n, 255),))[0] for n in range(7)]
    store.set_favourite(made[2].id, True)
    full, brief = store.query(Query(), limit=5), store.grid(Query(), limit=5)
    assert [item.id for item in brief.items] == [record.id for record in full.images]
    assert brief.next == full.next
    item = next(i for i in brief.items if i.id == made[2].id)
    assert (item.prompt, item.kind, item.width, item.favourite) == (
        "picture 2",
        Kind.GENERATION,
        96,
        True,
    )
    rest = store.grid(Query(), limit=5, after=brief.next)
    assert [i.id for i in rest.items] == [made[1].id, made[0].id]
    assert rest.next is None
