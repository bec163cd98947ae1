-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "sourceFile" TEXT,
    "contentHash" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleIsEditorial" BOOLEAN NOT NULL DEFAULT false,
    "publishedOn" TEXT,
    "dateIsEditorial" BOOLEAN NOT NULL DEFAULT false,
    "sourceName" TEXT,
    "sourceUrl" TEXT,
    "section" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ArticleVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "isOriginal" BOOLEAN NOT NULL,
    "wordCount" INTEGER NOT NULL,
    CONSTRAINT "ArticleVersion_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Block" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "translation" TEXT,
    "credit" TEXT,
    "attribution" TEXT,
    CONSTRAINT "Block_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ArticleVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Token" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "blockId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "occurrenceId" INTEGER,
    CONSTRAINT "Token_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Token_occurrenceId_fkey" FOREIGN KEY ("occurrenceId") REFERENCES "Occurrence" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Lexeme" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lemma" TEXT NOT NULL,
    "pos" TEXT NOT NULL,
    "gender" TEXT,
    "plural" TEXT
);

-- CreateTable
CREATE TABLE "Sense" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "lexemeId" INTEGER NOT NULL,
    "gloss" TEXT NOT NULL,
    CONSTRAINT "Sense_lexemeId_fkey" FOREIGN KEY ("lexemeId") REFERENCES "Lexeme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Occurrence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "blockId" TEXT NOT NULL,
    "senseId" INTEGER NOT NULL,
    "form" TEXT,
    CONSTRAINT "Occurrence_blockId_fkey" FOREIGN KEY ("blockId") REFERENCES "Block" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Occurrence_senseId_fkey" FOREIGN KEY ("senseId") REFERENCES "Sense" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Article_slug_key" ON "Article"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Article_sourceFile_key" ON "Article"("sourceFile");

-- CreateIndex
CREATE UNIQUE INDEX "ArticleVersion_articleId_level_key" ON "ArticleVersion"("articleId", "level");

-- CreateIndex
CREATE UNIQUE INDEX "Block_versionId_position_key" ON "Block"("versionId", "position");

-- CreateIndex
CREATE INDEX "Token_occurrenceId_idx" ON "Token"("occurrenceId");

-- CreateIndex
CREATE UNIQUE INDEX "Token_blockId_position_key" ON "Token"("blockId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Lexeme_lemma_pos_key" ON "Lexeme"("lemma", "pos");

-- CreateIndex
CREATE UNIQUE INDEX "Sense_lexemeId_gloss_key" ON "Sense"("lexemeId", "gloss");

-- CreateIndex
CREATE INDEX "Occurrence_blockId_idx" ON "Occurrence"("blockId");

-- CreateIndex
CREATE INDEX "Occurrence_senseId_idx" ON "Occurrence"("senseId");

