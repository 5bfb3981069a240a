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
  <field configurationFlags="None" name="id">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="name">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="role">
   <editWidget type="ValueMap">
    <config>
     <Option type="Map">
      <Option name="map" type="List">
       <Option type="Map">
        <Option name="공무원" type="QString" value="official" />
       </Option>
       <Option type="Map">
        <Option name="복지통장" type="QString" value="welfare_block_leader" />
       </Option>
       <Option type="Map">
        <Option name="명예사회복지공무원" type="QString" value="honorary_officer" />
       </Option>
       <Option type="Map">
        <Option name="지역사회보장협의체 위원" type="QString" value="council_member" />
       </Option>
       <Option type="Map">
        <Option name="우리동네돌봄단" type="QString" value="care_corps" />
       </Option>
       <Option type="Map">
        <Option name="방문간호사" type="QString" value="visiting_nurse" />
       </Option>
       <Option type="Map">
        <Option name="복지플래너" type="QString" value="welfare_planner" />
       </Option>
       <Option type="Map">
        <Option name="집배원" type="QString" value="postal_carrier" />
       </Option>
       <Option type="Map">
        <Option name="검침원" type="QString" value="meter_reader" />
       </Option>
       <Option type="Map">
        <Option name="경찰" type="QString" value="police" />
       </Option>
       <Option type="Map">
        <Option name="가스·수도·전력" type="QString" value="utility" />
       </Option>
       <Option type="Map">
        <Option name="야쿠르트" type="QString" value="yakult" />
       </Option>
       <Option type="Map">
        <Option name="양곡배달" type="QString" value="rice_delivery" />
       </Option>
       <Option type="Map">
        <Option name="기타 협약기관" type="QString" value="other_partner" />
       </Option>
      </Option>
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="organisation">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="dong_code">
   <editWidget type="ValueRelation">
    <config>
     <Option type="Map">
      <Option name="AllowMulti" type="bool" value="false" />
      <Option name="AllowNull" type="bool" value="true" />
      <Option name="FilterExpression" type="QString" value="&quot;level&quot; = 'dong'" />
      <Option name="Key" type="QString" value="code" />
      <Option name="Layer" type="QString" value="" />
      <Option name="LayerName" type="QString" value="행정구역 (구·동·통)" />
      <Option name="LayerProviderName" type="QString" value="ogr" />
      <Option name="LayerSource" type="QString" value="" />
      <Option name="NofColumns" type="int" value="1" />
      <Option name="OrderByValue" type="bool" value="true" />
      <Option name="UseCompleter" type="bool" value="true" />
      <Option name="Value" type="QString" value="name" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="phone">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="active">
   <editWidget type="CheckBox">
    <config>
     <Option type="Map">
      <Option name="CheckedState" type="QString" value="1" />
      <Option name="UncheckedState" type="QString" value="0" />
     </Option>
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="created_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_at">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
  <field configurationFlags="None" name="updated_by">
   <editWidget type="">
    <config>
     <Option />
    </config>
   </editWidget>
  </field>
 </fieldConfiguration>
 <aliases>
  <alias field="fid" index="0" name="" />
  <alias field="id" index="1" name="ID" />
  <alias field="name" index="2" name="이름" />
  <alias field="role" index="3" name="역할" />
  <alias field="organisation" index="4" name="소속" />
  <alias field="dong_code" index="5" name="행정동" />
  <alias field="phone" index="6" name="전화번호" />
  <alias field="active" index="7" name="활동중" />
  <alias field="created_at" index="8" name="등록일시" />
  <alias field="created_by" index="9" name="등록자" />
  <alias field="updated_at" index="10" name="수정일시" />
  <alias field="updated_by" index="11" name="수정자" />
 </aliases>
 <defaults>
  <default applyOnUpdate="0" expression="" field="fid" />
  <default applyOnUpdate="0" expression="uuid('WithoutBraces')" field="id" />
  <default applyOnUpdate="0" expression="" field="name" />
  <default applyOnUpdate="0" expression="" field="role" />
  <default applyOnUpdate="0" expression="" field="organisation" />
  <default applyOnUpdate="0" expression="" field="dong_code" />
  <default applyOnUpdate="0" expression="" field="phone" />
  <default applyOnUpdate="0" expression="" field="active" />
  <default applyOnUpdate="0" expression="" field="created_at" />
  <default applyOnUpdate="0" expression="@user_account_name" field="created_by" />
  <default applyOnUpdate="1" expression="now()" field="updated_at" />
  <default applyOnUpdate="1" expression="@user_account_name" field="updated_by" />
 </defaults>
 <constraints>
  <constraint constraints="3" exp_strength="0" field="fid" notnull_strength="1" unique_strength="1" />
  <constraint constraints="1" exp_strength="0" field="id" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="name" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="role" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="organisation" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="dong_code" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="phone" notnull_strength="0" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="active" notnull_strength="1" unique_strength="0" />
  <constraint constraints="1" exp_strength="0" field="created_at" notnull_strength="1" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="created_by" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_at" notnull_strength="0" unique_strength="0" />
  <constraint constraints="0" exp_strength="0" field="updated_by" notnull_strength="0" unique_strength="0" />
 </constraints>
 <constraintExpressions>
  <constraint desc="" exp="" field="fid" />
  <constraint desc="" exp="" field="id" />
  <constraint desc="" exp="" field="name" />
  <constraint desc="" exp="" field="role" />
  <constraint desc="" exp="" field="organisation" />
  <constraint desc="" exp="" field="dong_code" />
  <constraint desc="" exp="" field="phone" />
  <constraint desc="" exp="" field="active" />
  <constraint desc="" exp="" field="created_at" />
  <constraint desc="" exp="" field="created_by" />
  <constraint desc="" exp="" field="updated_at" />
  <constraint desc="" exp="" field="updated_by" />
 </constraintExpressions>
 <expressionfields />
 <editform tolerant="1" />
 <editforminit />
 <editforminitcodesource>0</editforminitcodesource>
 <editforminitfilepath />
 <editforminitcode />
 <featformsuppress>0</featformsuppress>
 <editorlayout>generatedlayout</editorlayout>
 <editable>
  <field editable="0" name="created_at" />
  <field editable="0" name="created_by" />
  <field editable="0" name="id" />
  <field editable="0" name="updated_at" />
  <field editable="0" name="updated_by" />
 </editable>
 <labelOnTop />
 <reuseLastValue />
 <dataDefinedFieldProperties />
 <widgets />
 <layerGeometryType>4</layerGeometryType>
</qgis>
