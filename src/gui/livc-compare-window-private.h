/* livc-compare-window-private.h: the compare window's state, shared by
 * livc-compare-window.c (loading, table, radar, actions) and livc-compare-views.c (trend,
 * peers, export).
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "livc-compare-loader.h"
#include "livc-compare-row.h"
#include "livc-compare-trend-chart.h"
#include "livc-compare-window.h"

G_BEGIN_DECLS

struct _LivcCompareWindow
{
  AdwApplicationWindow  parent_instance;

  /* template */
  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkRevealer          *progress_revealer;
  GtkProgressBar       *progress_bar;
  GtkRevealer          *problems_revealer;
  GtkLabel             *problems_label;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  GtkBox               *overview_start;
  GtkBox               *overview_end;
  GtkBox               *trend_box;
  GtkBox               *peers_box;

  GSettings            *settings;       /* NULL when the schema is not installed */
  const char           *lang;           /* the questionnaires' language on screen */
  GtkNativeDialog      *chooser;

  /* loading */
  LivcCompareLoader    *loader;
  GPtrArray            *entries;        /* LivcCompareLoaded that loaded, every questionnaire */
  GHashTable           *paths;          /* every path loaded or refused, to skip repeats */
  GHashTable           *counts;         /* questionnaire id → files */
  char                 *majority;       /* the id compared */
  LivcDiagnostics      *problems;       /* refused, left out, warnings */
  guint                 n_failed;
  guint                 n_left_out;

  /* the comparison and the table */
  LivcComparison       *comparison;
  LivcQuestionnaire    *reference;      /* whose domains the columns show */
  GListStore           *store;          /* LivcCompareRow, in comparison order */
  GPtrArray            *pending;        /* rows loaded after the first batch, shown at the end */
  GtkCustomFilter      *filter;
  GtkFilterListModel   *filtered;
  GtkSortListModel     *sorted;
  GtkSingleSelection   *selection;
  GtkColumnView        *table;
  GPtrArray            *domain_columns;
  GtkDropDown          *region_dropdown;
  GtkDropDown          *stage_dropdown;
  GtkStringList        *stage_names;
  GtkEntry             *from_entry;
  GtkEntry             *to_entry;
  GtkSearchEntry       *search_entry;
  GtkLabel             *count_label;
  char                 *search;         /* casefolded */

  /* the radar */
  LivcCompareRadar     *radar;
  GtkListBox           *legend;
  GPtrArray            *shown;          /* LivcCompareRow, in their radar order */

  /* trend */
  GtkDropDown          *trend_dropdown;
  GtkDropDown          *from_dropdown;
  GtkDropDown          *to_dropdown;
  GtkStack             *trend_stack;
  GtkWidget            *trend_chart;
  GtkBox               *moves_box;
  GPtrArray            *trends;         /* LivcTrend */
  gboolean              updating_trend;

  /* peers */
  GtkDropDown          *peer_dropdown;
  GtkStringList        *peer_names;
  LivcCompareRadar     *peer_radar;
  GtkListBox           *peer_list;
  GHashTable           *peer_summaries; /* domain index (overall: n_domains) → text */
  gboolean              updating_peers;
};

void livc_compare_window_build_trend   (LivcCompareWindow *self);
void livc_compare_window_build_peers   (LivcCompareWindow *self);
void livc_compare_window_refresh_trend (LivcCompareWindow *self);
void livc_compare_window_refresh_peers (LivcCompareWindow *self);
void livc_compare_window_toast         (LivcCompareWindow *self,
                                        const char        *text);
void livc_compare_window_choose_export (LivcCompareWindow *self,
                                        gboolean           pdf);
void livc_compare_window_set_chooser_folder (LivcCompareWindow *self,
                                             GtkFileChooser    *chooser);
void livc_compare_window_remember_folder    (LivcCompareWindow *self,
                                             GFile             *file);

G_END_DECLS
