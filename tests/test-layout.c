/* test-layout.c: the report's page-breaking rules, each checked on blocks made for it and
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

/* The pages (from 0) each part of block b lands on, as a list "0,1". */
static char *
pages_of (LivcLayout *layout,
          LivcBlock  *b)
{
  GString *s = g_string_new (NULL);

  for (guint p = 0; p < layout->pages->len; p++)
    {
      GPtrArray *page = g_ptr_array_index (layout->pages, p);

      for (guint k = 0; k < page->len; k++)
        if (((LivcPlaced *) g_ptr_array_index (page, k))->block == b)
          {
            g_string_append_printf (s, "%s%u", s->len > 0 ? "," : "", p);
            break;
          }
    }
  return g_string_free (s, FALSE);
}

static void
assert_pages (LivcLayout *layout,
              LivcBlock  *b,
              const char *want)
{
  g_autofree char *got = pages_of (layout, b);

  assert_string_equal (got, want);
}

/* A heading never ends a page: one that would stand at the page's foot moves on with the
 * paragraph it heads. */
static void
test_heading_kept_with_next (void **state)
{
  g_autoptr(LivcLayout) layout = livc_layout_new (1);
  LivcBlock *heading, *text;

  add_space (layout, CONTENT_BOT - CONTENT_TOP - 40);
  add_lines (layout, 1);
  heading = add_text (layout, LIVC_STYLE_H2, "A heading");
  text = add_lines (layout, 3);
  livc_layout_paginate (layout);
  assert_pages (layout, heading, "1");
  assert_pages (layout, text, "1");
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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_heading_kept_with_next),
    cmocka_unit_test (test_paragraph_split_between_lines),
    cmocka_unit_test (test_row_whole_header_repeated),
  };

  livc_core_init ();
  return cmocka_run_group_tests_name ("layout", tests, NULL, NULL);
}
