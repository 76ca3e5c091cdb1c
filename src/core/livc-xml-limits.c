/* livc-xml-limits.c: structural limits checked in one linear pass over a document before
 * libxml2 sees it. libxml2 2.9's check for duplicate attributes compares each attribute
 * with every earlier one, and RelaxNG's interleave tries each child against each
 * pattern: 200,000 attributes on one element, or 250,000 siblings, took minutes and
 * gigabytes. Counting is cheap, so the file is refused here, with the line where it went
 * over a limit, before any of that starts.
 *
 * The pass only counts: it reads start tags (attributes are their quoted values, which
 * is what the parser accepts), end tags, texts, comments, processing instructions and
 * CDATA sections. It never judges well-formedness: what it cannot read goes on to the
 * parser, which refuses it with its own message; what it reads as a tag or a text is
 * what the parser would read, so the parser never sees more than was counted.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "livc-xml-limits.h"

typedef struct
{
  guint children;
  guint ratings;
} Frame;

typedef struct
{
  const char      *p;
  const char      *end;
  int              line;
  guint            nodes;
  guint            participants;
  guint            answers;
  guint            depth;
  Frame            frames[LIVC_XML_MAX_DEPTH + 1];
  const char      *display_name;
  LivcDiagnostics *diag;
} Scan;

static gboolean G_GNUC_PRINTF (2, 3)
refuse (Scan       *scan,
        const char *format,
        ...)
{
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  livc_diagnostics_add (scan->diag, LIVC_SEVERITY_ERROR, scan->display_name, scan->line,
                        _("over a limit of LIVC Scan: %s"), what);
  return FALSE;
}

/* Moves to `to`, counting the lines passed. */
static void
advance (Scan       *scan,
         const char *to)
{
  const char *nl;

  while ((nl = memchr (scan->p, '\n', (gsize) (to - scan->p))) != NULL)
    {
      scan->line++;
      scan->p = nl + 1;
    }
  scan->p = to;
}

/* The first occurrence of needle from the current position, or NULL. */
static const char *
find (Scan       *scan,
      const char *needle)
{
  gsize n = strlen (needle);
  const char *p = scan->p;

  while ((p = memchr (p, needle[0], (gsize) (scan->end - p))) != NULL)
    {
      if ((gsize) (scan->end - p) < n)
        return NULL;
      if (memcmp (p, needle, n) == 0)
        return p;
      p++;
    }
  return NULL;
}

static gboolean
count_node (Scan *scan)
{
  if (++scan->nodes > LIVC_XML_MAX_NODES)
    return refuse (scan, _("more than %u elements, attributes and texts in one file"),
                   LIVC_XML_MAX_NODES);
  return TRUE;
}

/* A text, a comment or a CDATA section of len bytes starting at the current line. */
static gboolean
count_text (Scan  *scan,
            gsize  len)
{
  if (len > LIVC_XML_MAX_TEXT)
    return refuse (scan, _("a text longer than %u KiB"), LIVC_XML_MAX_TEXT / 1024);
  return count_node (scan);
}

static gboolean
is_name (const char *name,
         gsize       len,
         const char *local)
{
  const char *colon = memchr (name, ':', len);
  gsize n = strlen (local);

  if (colon != NULL)
    {
      len -= (gsize) (colon + 1 - name);
      name = colon + 1;
    }
  return len == n && memcmp (name, local, n) == 0;
}

/* Reads a start tag from just after its '<'. FALSE when a limit is passed; *stop when the
 * rest is not something this pass reads (the parser then refuses it). */
static gboolean
start_tag (Scan     *scan,
           gboolean *stop)
{
  const char *name = scan->p;
  gsize name_len;
  guint attributes = 0;
  gboolean empty = FALSE;
  Frame *parent = &scan->frames[scan->depth];

  while (scan->p < scan->end && !g_ascii_isspace (*scan->p) && *scan->p != '/' &&
         *scan->p != '>')
    scan->p++;
  name_len = (gsize) (scan->p - name);

  /* Counted where the tag starts: that is the line the message names. */
  if (!count_node (scan))
    return FALSE;
  if (++parent->children > LIVC_XML_MAX_CHILDREN)
    return refuse (scan, _("more than %u elements inside one element"), LIVC_XML_MAX_CHILDREN);
  if (is_name (name, name_len, "participant") &&
      ++scan->participants > LIVC_XML_MAX_PARTICIPANTS)
    return refuse (scan, _("more than %u participants"), LIVC_XML_MAX_PARTICIPANTS);
  if (is_name (name, name_len, "answer") && ++scan->answers > LIVC_XML_MAX_ANSWERS)
    return refuse (scan, _("more than %u answers"), LIVC_XML_MAX_ANSWERS);
  if (is_name (name, name_len, "rating") && ++parent->ratings > LIVC_XML_MAX_RATINGS)
    return refuse (scan, _("more than %u ratings of one answer"), LIVC_XML_MAX_RATINGS);

  while (scan->p < scan->end)
    {
      char c = *scan->p;

      if (c == '"' || c == '\'')
        {
          const char *close = memchr (scan->p + 1, c, (gsize) (scan->end - scan->p - 1));

          if (close == NULL)
            break;
          if (++attributes > LIVC_XML_MAX_ATTRIBUTES)
            return refuse (scan, _("more than %u attributes on one element"),
                           LIVC_XML_MAX_ATTRIBUTES);
          if (!count_node (scan))
            return FALSE;
          advance (scan, close + 1);
          empty = FALSE;
          continue;
        }
      if (c == '>')
        {
          scan->p++;
          if (empty)
            return TRUE;
          if (scan->depth >= LIVC_XML_MAX_DEPTH)
            return refuse (scan, _("elements nested more than %u levels deep"),
                           LIVC_XML_MAX_DEPTH);
          scan->depth++;
          scan->frames[scan->depth] = (Frame) { 0 };
          return TRUE;
        }
      empty = c == '/';
      if (c == '\n')
        scan->line++;
      scan->p++;
    }
  *stop = TRUE;
  return TRUE;
}

gboolean
livc_xml_check_limits (const char      *data,
                       gsize            length,
                       const char      *display_name,
                       LivcDiagnostics *diag)
{
  g_autofree Scan *scan = g_new0 (Scan, 1);
  gboolean stop = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  scan->p = data;
  scan->end = data + length;
  scan->line = 1;
  scan->display_name = display_name;
  scan->diag = diag;

  while (!stop && scan->p < scan->end)
    {
      const char *lt = memchr (scan->p, '<', (gsize) (scan->end - scan->p));
      const char *close;

      if (lt == NULL)
        lt = scan->end;
      if (lt > scan->p && scan->depth > 0)
        {
          if (!count_text (scan, (gsize) (lt - scan->p)))
            return FALSE;
        }
      advance (scan, lt);
      if (scan->p == scan->end)
        break;

      scan->p++;
      if (scan->end - scan->p >= 3 && memcmp (scan->p, "!--", 3) == 0)
        {
          scan->p += 3;
          if ((close = find (scan, "-->")) == NULL)
            break;
          if (!count_text (scan, (gsize) (close - scan->p)))
            return FALSE;
          advance (scan, close + 3);
        }
      else if (scan->end - scan->p >= 8 && memcmp (scan->p, "![CDATA[", 8) == 0)
        {
          scan->p += 8;
          if ((close = find (scan, "]]>")) == NULL)
            break;
          if (!count_text (scan, (gsize) (close - scan->p)))
            return FALSE;
          advance (scan, close + 3);
        }
      else if (scan->p < scan->end && *scan->p == '!')
        /* A document type declaration: the parser refuses the file there, before the
         * root element, so nothing after it needs counting. */
        break;
      else if (scan->p < scan->end && *scan->p == '?')
        {
          if ((close = find (scan, "?>")) == NULL)
            break;
          if (!count_text (scan, (gsize) (close - scan->p)))
            return FALSE;
          advance (scan, close + 2);
        }
      else if (scan->p < scan->end && *scan->p == '/')
        {
          if ((close = memchr (scan->p, '>', (gsize) (scan->end - scan->p))) == NULL)
            break;
          advance (scan, close + 1);
          /* An end tag without a start tag: the parser stops there. */
          if (scan->depth == 0)
            break;
          scan->depth--;
        }
      else if (!start_tag (scan, &stop))
        return FALSE;
    }
  return TRUE;
}
