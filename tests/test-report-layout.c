/* test-report-layout.c: the report's page-breaking rules, each checked on blocks made for it and
 * laid out by livc_layout_paginate (): where each block lands, on which page, whole or in
 * parts.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "livc-test.h"
#include "livc-layout-private.h"

static const double two_columns[] = { 0.5, 0.5 };

static LivcBlock *
add_text (LivcLayout *layout,
          LivcStyle   style,
          const char *text)
{
  LivcBlock *b = livc_layout_add_block (layout, LIVC_BLOCK_TEXT, style);

  b->text[0] = g_strdup (text);
  return b;
}

/* n lines of body text, one paragraph. */
static LivcBlock *
add_lines (LivcLayout *layout,
           guint       n)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%sline %u", i > 0 ? "\n" : "", i + 1);
  return add_text (layout, LIVC_STYLE_BODY, s->str);
}

static LivcBlock *
add_row (LivcLayout *layout,
         gboolean    header,
         const char *a,
         const char *b)
{
  LivcBlock *row = livc_layout_add_block (layout, LIVC_BLOCK_ROW,
                                          header ? LIVC_STYLE_BOLD : LIVC_STYLE_BODY);

  row->cells = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (row->cells, g_strdup (a));
  g_ptr_array_add (row->cells, g_strdup (b));
  row->widths = two_columns;
  row->header = header;
  return row;
}

static void
add_space (LivcLayout *layout,
           double      height)
{
  livc_layout_add_block (layout, LIVC_BLOCK_SPACE, LIVC_STYLE_BODY)->space = height;
}

/* Where block b lands: the page (from 0) of each part, as "0,1", or with lines TRUE the
 * number of its lines on each page, as "4,2". */
static char *
parts_of (LivcLayout *layout,
          LivcBlock  *b,
          gboolean    lines)
{
  GString *s = g_string_new (NULL);

  for (guint p = 0; p < layout->pages->len; p++)
    {
      GPtrArray *page = g_ptr_array_index (layout->pages, p);

      for (guint k = 0; k < page->len; k++)
        {
          LivcPlaced *placed = g_ptr_array_index (page, k);

          if (placed->block == b)
            g_string_append_printf (s, "%s%d", s->len > 0 ? "," : "",
                                    lines ? placed->end[0] - placed->start[0] : (int) p);
        }
    }
  return g_string_free (s, FALSE);
}

static void
assert_pages (LivcLayout *layout,
              LivcBlock  *b,
              const char *want)
{
  g_autofree char *got = parts_of (layout, b, FALSE);

  assert_string_equal (got, want);
}

/* A heading never ends a page: one that would stand at the page's foot moves on with the
 * paragraph it heads. */
static void
test_heading_kept_with_next (void **state)
{
  g_autoptr(LivcLayout) layout = livc_layout_new (1);
  LivcBlock *heading, *text;

  add_lines (layout, 1);
  add_space (layout, CONTENT_BOT - CONTENT_TOP - 40);
  heading = add_text (layout, LIVC_STYLE_H2, "A heading");
  text = add_lines (layout, 3);
  livc_layout_paginate (layout);
  assert_pages (layout, heading, "1");
  assert_pages (layout, text, "1");
}

/* What the layout placed first on its first page. */
static LivcPlaced *
first_placed (LivcLayout *layout)
{
  GPtrArray *page = g_ptr_array_index (layout->pages, 0);

  return g_ptr_array_index (page, 0);
}

/* The height of n lines of body text, as the layout measures them. */
static double
lines_height (guint n)
{
  g_autoptr(LivcLayout) probe = livc_layout_new (1);
  LivcBlock *b = add_lines (probe, n);
  double h;

  livc_layout_paginate (probe);
  h = first_placed (probe)->height;
  g_assert (b != NULL);
  return h;
}

/* The lines per page of a six-line paragraph when room lines of it fit on the first page. */
static char *
split_six_lines (guint room)
{
  g_autoptr(LivcLayout) layout = livc_layout_new (1);
  LivcBlock *text;

  add_lines (layout, 1);
  add_space (layout, CONTENT_BOT - CONTENT_TOP - lines_height (1) - 3 - lines_height (room) - 2);
  text = add_lines (layout, 6);
  livc_layout_paginate (layout);
  return parts_of (layout, text, TRUE);
}

/* Where only one line of a paragraph fits at a page's foot, the paragraph moves on whole:
 * no orphan. */
static void
test_no_orphan (void **state)
{
  g_autofree char *got = split_six_lines (1);

  assert_string_equal (got, "6");
}

/* Where all but the last line of a paragraph fit, two lines go over: no widow. */
static void
test_no_widow (void **state)
{
  g_autofree char *got = split_six_lines (5);

  assert_string_equal (got, "4,2");
}

/* A paragraph too long for the rest of a page goes on over the next, split between lines
 * and never cut: every line is placed once. */
static void
test_paragraph_split_between_lines (void **state)
{
  g_autoptr(LivcLayout) layout = livc_layout_new (1);
  LivcBlock *text;
  guint lines = 0;

  add_space (layout, CONTENT_BOT - CONTENT_TOP - 200);
  text = add_lines (layout, 30);
  livc_layout_paginate (layout);
  assert_pages (layout, text, "0,1");
  for (guint p = 0; p < layout->pages->len; p++)
    {
      GPtrArray *page = g_ptr_array_index (layout->pages, p);

      for (guint k = 0; k < page->len; k++)
        {
          LivcPlaced *placed = g_ptr_array_index (page, k);

          if (placed->block == text)
            lines += (guint) (placed->end[0] - placed->start[0]);
        }
    }
  assert_int_equal (lines, 30);
}

/* A table row never splits when it fits on a page, and the table's header is repeated
 * atop the page it moves to. */
static void
test_row_whole_header_repeated (void **state)
{
  g_autoptr(LivcLayout) layout = livc_layout_new (1);
  LivcBlock *head, *row = NULL;
  GPtrArray *last;

  head = add_row (layout, TRUE, "Item", "Rating");
  for (guint i = 0; i < 60; i++)
    {
      row = add_row (layout, FALSE, "A statement\nover two lines", "3");
      row->repeat = head;
    }
  livc_layout_paginate (layout);
  assert_true (layout->pages->len >= 2);
  last = g_ptr_array_index (layout->pages, layout->pages->len - 1);
  assert_ptr_equal (((LivcPlaced *) g_ptr_array_index (last, 0))->block, head);
  for (guint p = 0; p < layout->pages->len; p++)
    {
      GPtrArray *page = g_ptr_array_index (layout->pages, p);

      for (guint k = 0; k < page->len; k++)
        {
          LivcPlaced *placed = g_ptr_array_index (page, k);

          /* whole: every cell from its first line to its last */
          if (placed->block->kind == LIVC_BLOCK_ROW && placed->cell_start != NULL)
            assert_int_equal (placed->cell_start[0], 0);
          assert_true (placed->y + placed->height <= CONTENT_BOT + 0.01);
        }
    }
  {
    g_autofree char *want = g_strdup_printf ("%u", layout->pages->len - 1);

    assert_pages (layout, row, want);
  }
}

/* The rows of table head on each page, as "5,3". */
static char *
rows_per_page (LivcLayout *layout,
               LivcBlock  *head)
{
  GString *s = g_string_new (NULL);

  for (guint p = 0; p < layout->pages->len; p++)
    {
      GPtrArray *page = g_ptr_array_index (layout->pages, p);
      guint n = 0;

      for (guint k = 0; k < page->len; k++)
        if (((LivcPlaced *) g_ptr_array_index (page, k))->block->repeat == head)
          n++;
      if (n > 0)
        g_string_append_printf (s, "%s%u", s->len > 0 ? "," : "", n);
    }
  return g_string_free (s, FALSE);
}

static double
row_h (void)
{
  g_autoptr(LivcLayout) probe = livc_layout_new (1);
  LivcBlock *row = add_row (probe, FALSE, "A statement\nover two lines", "3");

  livc_layout_paginate (probe);
  g_assert (row != NULL);
  return first_placed (probe)->height;
}

/* A table whose last row alone would go over: its last three rows go over together, under
 * the header repeated. */
static void
test_no_row_alone (void **state)
{
  g_autoptr(LivcLayout) layout = livc_layout_new (1);
  LivcBlock *head;
  double h = row_h ();
  guint fit = (guint) ((CONTENT_BOT - CONTENT_TOP - h) / h); /* rows under the header */
  g_autofree char *got = NULL;
  g_autofree char *want = NULL;

  head = add_row (layout, TRUE, "Item", "Rating");
  for (guint i = 0; i < fit + 1; i++)
    add_row (layout, FALSE, "A statement\nover two lines", "3")->repeat = head;
  livc_layout_paginate (layout);
  got = rows_per_page (layout, head);
  want = g_strdup_printf ("%u,3", fit - 2);
  assert_string_equal (got, want);
}

/* A table never begins with its header and one or two rows at a page's foot: the header
 * and its first rows go to the next page, with the heading before them. */
static void
test_table_starts_whole (void **state)
{
  g_autoptr(LivcLayout) layout = livc_layout_new (1);
  LivcBlock *heading, *head;
  double h = row_h ();

  add_lines (layout, 1);
  add_space (layout, CONTENT_BOT - CONTENT_TOP - lines_height (1) - 3 - 3.5 * h);
  heading = add_text (layout, LIVC_STYLE_H2, "A domain");
  head = add_row (layout, TRUE, "Item", "Rating");
  for (guint i = 0; i < 6; i++)
    add_row (layout, FALSE, "A statement\nover two lines", "3")->repeat = head;
  livc_layout_paginate (layout);
  assert_pages (layout, heading, "1");
  assert_pages (layout, head, "1");
}

/* A section's break starts a new page after a full page, but a section goes on below a
 * page of a few lines: no page but the last is nearly empty. */
static void
test_soft_break (void **state)
{
  g_autoptr(LivcLayout) layout = livc_layout_new (1);
  LivcBlock *first, *second, *third;

  add_lines (layout, 3);
  livc_layout_add_block (layout, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY)->soft = TRUE;
  first = add_text (layout, LIVC_STYLE_H1, "After a few lines");
  add_lines (layout, 40);
  livc_layout_add_block (layout, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY)->soft = TRUE;
  second = add_text (layout, LIVC_STYLE_H1, "After a full page");
  add_lines (layout, 2);
  livc_layout_add_block (layout, LIVC_BLOCK_BREAK, LIVC_STYLE_BODY);
  third = add_text (layout, LIVC_STYLE_H1, "After a hard break");
  livc_layout_paginate (layout);
  assert_pages (layout, first, "0");
  assert_pages (layout, second, "1");
  assert_pages (layout, third, "2");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_heading_kept_with_next),
    cmocka_unit_test (test_paragraph_split_between_lines),
    cmocka_unit_test (test_no_orphan),
    cmocka_unit_test (test_no_widow),
    cmocka_unit_test (test_no_row_alone),
    cmocka_unit_test (test_table_starts_whole),
    cmocka_unit_test (test_soft_break),
    cmocka_unit_test (test_row_whole_header_repeated),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("layout", tests, NULL, NULL);
}
