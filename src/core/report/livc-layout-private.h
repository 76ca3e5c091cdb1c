/* livc-layout-private.h: the report's blocks (headings, paragraphs, table rows, charts)
 * and their layout into A4 pages: blocks in, pages out. The report's builders fill a
 * LivcLayout with blocks, livc_layout_paginate () places them on pages, the drawing and
 * the PDF writer read the pages. Private to the report and its tests, which check the
 * page-breaking rules on blocks made for them.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "livc-report.h"
#include "livc-text-flow.h"

G_BEGIN_DECLS

#define FONT        "DejaVu Sans"
#define MARGIN_X    56.0
#define MARGIN_TOP  64.0
#define MARGIN_BOT  64.0
#define GUTTER      18.0
#define CONTENT_W   (LIVC_REPORT_PAGE_WIDTH - 2 * MARGIN_X)
#define CONTENT_TOP MARGIN_TOP
#define CONTENT_BOT (LIVC_REPORT_PAGE_HEIGHT - MARGIN_BOT)
#define MAX_COLS    2
#define TOC_LINE    18.0
#define TOC_SECOND  13.0 /* the second language's line of a contents entry, under the first */
#define LINE_SPACING 1.5

typedef enum
{
  LIVC_STYLE_TITLE,
  LIVC_STYLE_SUBTITLE,
  LIVC_STYLE_H1,
  LIVC_STYLE_H2,
  LIVC_STYLE_BODY,
  LIVC_STYLE_BOLD,
  LIVC_STYLE_SMALL,
  LIVC_STYLE_MUTED,
  LIVC_STYLE_BIG,
  LIVC_STYLE_SMALL_BOLD,
} LivcStyle;

typedef enum
{
  LIVC_BLOCK_TEXT,
  LIVC_BLOCK_ROW,
  LIVC_BLOCK_CHART,
  LIVC_BLOCK_SPACE,
  LIVC_BLOCK_BREAK,
  LIVC_BLOCK_TOC,
} LivcBlockKind;

typedef enum
{
  LIVC_CHART_RADAR,         /* the assessment's radar */
  LIVC_CHART_COMPARE_RADAR, /* overlaid series, or the highlighted one against its peers */
  LIVC_CHART_TREND,         /* a row of trend charts: trend arg, domains from arg2 */
} LivcChartKind;

typedef struct _LivcBlock
{
  LivcBlockKind  kind;
  LivcStyle      style;
  char          *text[MAX_COLS]; /* per language column; [1] only in bilingual reports */
  char          *anchor;         /* PDF destination, for headings in the outline and contents */
  int            outline_level;  /* 0: not in the outline */
  double         indent;
  double         space;          /* LIVC_BLOCK_SPACE height, or space above a text */
  gboolean       keep_with_next; /* LIVC_BLOCK_TEXT: on the page of what follows it */
  gboolean       soft;           /* LIVC_BLOCK_BREAK: not after a page of a few lines */
  GPtrArray     *cells;          /* LIVC_BLOCK_ROW: char* */
  const double  *widths;         /* LIVC_BLOCK_ROW: column fractions of the content width */
  double        *owned_widths;   /* LIVC_BLOCK_ROW: widths made for this table, freed with it */
  gboolean       header;         /* LIVC_BLOCK_ROW: a table header */
  struct _LivcBlock *repeat;     /* LIVC_BLOCK_ROW: the header to repeat atop a new page */
  LivcChartKind  chart;          /* LIVC_BLOCK_CHART */
  guint          arg, arg2;
  double         height;         /* LIVC_BLOCK_CHART */
  char          *alt;            /* LIVC_BLOCK_CHART: what it shows, as text, for the PDF */
  /* Broken into lines ahead of pagination: each column's text, or the cells of a row. */
  LivcTextFlow  *flow[MAX_COLS];
  GPtrArray     *cell_flows;     /* LivcTextFlow* */
} LivcBlock;

typedef struct
{
  LivcBlock *block;
  double     y;
  double     height;
  int        start[MAX_COLS]; /* the lines of each column's text on this page; the entry */
  int        end[MAX_COLS];   /* of a line of the contents in start[0] */
  guint     *cell_start;      /* a row: the lines of each cell on this page */
  guint     *cell_end;
} LivcPlaced;

typedef struct
{
  char  *title;               /* every language's title, "nl · fr" */
  char  *parts[MAX_COLS];     /* the title in each language column */
  char  *anchor;
  int    level;
  guint  page;                /* from 1 */
  double y;                   /* the heading's top on that page */
} LivcEntry;

typedef struct
{
  guint         n_cols;       /* 1, or 2 in a bilingual report */
  GPtrArray    *blocks;       /* LivcBlock*, in reading order */
  GArray       *entries;      /* LivcEntry: the outline and the contents */
  GPtrArray    *pages;        /* GPtrArray* of LivcPlaced*, once paginated */
  PangoFontMap *font_map;
  PangoContext *context;
  guint         n_kept;       /* layouts kept from pagination for drawing */
  gboolean      incomplete;   /* some text could not be laid out whole */
} LivcLayout;

LivcLayout  *livc_layout_new          (guint         n_cols);
void         livc_layout_free         (LivcLayout   *self);
LivcBlock   *livc_layout_add_block    (LivcLayout   *self,
                                       LivcBlockKind kind,
                                       LivcStyle     style);
void         livc_layout_paginate     (LivcLayout   *self);
double       livc_layout_column_width (LivcLayout   *self);
PangoLayout *livc_layout_new_text     (LivcLayout   *self,
                                       LivcStyle     style,
                                       const char   *text,
                                       int           length,
                                       double        width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcLayout, livc_layout_free)

G_END_DECLS
