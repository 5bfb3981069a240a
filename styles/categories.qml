<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling|Fields|Forms|Diagrams" version="3.22.16-Białowieża">
 <fieldConfiguration>
  <field configurationFlags="None" name="fid">
   <editWidget type="Hidden">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="list">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="code">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="label_ko">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="label_en">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="sort">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="list" index="1" name="코드표" />
  <alias field="code" index="2" name="코드" />
  <alias field="label_ko" index="3" name="한국어" />
  <alias field="label_en" index="4" name="영어" />
  <alias field="sort" index="5" name="순서" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="" field="list" />
  <default applyOnUpdate="0" expression="" field="code" />
  <default applyOnUpdate="0" expression="" field="label_ko" />
  <default applyOnUpdate="0" expression="" field="label_en" />
  <default applyOnUpdate="0" expression="" field="sort" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="list" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="code" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="label_ko" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="label_en" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="sort" notnull_strength="1" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="list" />
  <constraint desc="" exp="" field="code" />
  <constraint desc="" exp="" field="label_ko" />
  <constraint desc="" exp="" field="label_en" />
  <constraint desc="" exp="" field="sort" />
 </constraintExpressions>
 <expressionfields />
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable />
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>4</layerGeometryType>
</qgis>
